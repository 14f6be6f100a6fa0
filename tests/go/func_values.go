// Function values and function types: stored in variables, slices and struct
// fields, compared with nil, passed and returned.
package main

import "fmt"

type BinOp func(int, int) int

type Calculator struct {
	Name string
	Op   BinOp
}

func add(a, b int) int { return a + b }
func sub(a, b int) int { return a - b }

func reduce(vals []int, init int, op BinOp) int {
	acc := init
	for _, v := range vals {
		acc = op(acc, v)
	}
	return acc
}

func pick(name string) BinOp {
	switch name {
	case "add":
		return add
	case "sub":
		return sub
	case "mul":
		return func(a, b int) int { return a * b }
	}
	return nil
}

func main() {
	var op BinOp
	fmt.Println(op == nil)
	op = add
	fmt.Println(op != nil, op(2, 3))
	calcs := []Calculator{{"add", add}, {"sub", sub}, {"max", func(a, b int) int {
		if a > b {
			return a
		}
		return b
	}}}
	for _, c := range calcs {
		fmt.Println(c.Name, c.Op(10, 4), reduce([]int{1, 5, 3}, 0, c.Op))
	}
	for _, n := range []string{"add", "mul", "pow"} {
		f := pick(n)
		if f == nil {
			fmt.Println(n, "unknown")
			continue
		}
		fmt.Println(n, f(6, 7))
	}
	table := [3]func(string) string{
		func(s string) string { return s + s },
		func(s string) string { return "<" + s + ">" },
		func(s string) string { return fmt.Sprint(len(s)) },
	}
	v := "go"
	for _, f := range table {
		v = f(v)
	}
	fmt.Println(v)
	fmt.Printf("%T %T %T\n", add, op, table[0])
	var conv func(int) float64 = func(i int) float64 { return float64(i) / 4 }
	fmt.Println(conv(3))
	func() {
		fmt.Println("immediately invoked")
	}()
	res := func(a, b int) int { return a*10 + b }(4, 2)
	fmt.Println(res)
}
