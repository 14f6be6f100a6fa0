package main

import (
	"fmt"
	"sort"
	"strconv"
)

type Op struct {
	Name string
	Fn   func(a, b int) int
}

func makeCounter() (inc func() int, get func() int) {
	n := 0
	inc = func() int { n++; return n }
	get = func() int { return n }
	return
}

func makeAccumulators(n int) []func(int) int {
	var out []func(int) int
	for i := 0; i < n; i++ {
		total := i * 100
		out = append(out, func(x int) int { total += x; return total })
	}
	return out
}

func main() {
	ops := []Op{
		{"add", func(a, b int) int { return a + b }},
		{"pow", func(a, b int) int {
			r := 1
			for i := 0; i < b; i++ {
				r *= a
			}
			return r
		}},
	}
	for _, op := range ops {
		fmt.Println(op.Name, op.Fn(2, 10))
	}
	// Dispatch table keyed by string; closures capture shared state.
	stack := []int{}
	push := func(v int) { stack = append(stack, v) }
	pop := func() int { v := stack[len(stack)-1]; stack = stack[:len(stack)-1]; return v }
	binop := func(f func(int, int) int) func() { return func() { b, a := pop(), pop(); push(f(a, b)) } }
	table := map[string]func(){
		"+": binop(func(a, b int) int { return a + b }),
		"-": binop(func(a, b int) int { return a - b }),
		"*": binop(func(a, b int) int { return a * b }),
		"dup": func() { v := pop(); push(v); push(v) },
	}
	for _, tok := range []string{"3", "4", "+", "dup", "*", "10", "-"} {
		if fn, ok := table[tok]; ok {
			fn()
		} else {
			n, _ := strconv.Atoi(tok)
			push(n)
		}
	}
	fmt.Println(stack)
	inc, get := makeCounter()
	inc()
	inc()
	fmt.Println(get(), inc(), get())
	accs := makeAccumulators(3)
	fmt.Println(accs[0](1), accs[1](1), accs[0](1), accs[2](5))
	// Slice of closures each capturing its own copy.
	var printers []func() string
	for _, w := range []string{"x", "y", "z"} {
		w := w
		printers = append(printers, func() string { return w + w })
	}
	for _, p := range printers {
		fmt.Print(p(), " ")
	}
	fmt.Println()
	// Closures capturing a loop variable without a copy (Go 1.19 semantics).
	var shared []func() int
	for i := 0; i < 3; i++ {
		shared = append(shared, func() int { return i })
	}
	fmt.Println(shared[0](), shared[1](), shared[2]())
	// Sorting map keys and calling closures in order.
	handlers := map[int]func() string{}
	for _, n := range []int{30, 10, 20} {
		n := n
		handlers[n] = func() string { return "h" + strconv.Itoa(n) }
	}
	keys := []int{}
	for k := range handlers {
		keys = append(keys, k)
	}
	sort.Ints(keys)
	for _, k := range keys {
		fmt.Print(handlers[k](), " ")
	}
	fmt.Println()
	// Recursive closure through a variable.
	var fact func(int) int
	fact = func(n int) int {
		if n <= 1 {
			return 1
		}
		return n * fact(n-1)
	}
	fmt.Println(fact(20))
	// Immediately invoked closure returning a closure.
	adder := func(a int) func(int) int { return func(b int) int { return a + b } }(10)
	fmt.Println(adder(5), adder(-10))
}
