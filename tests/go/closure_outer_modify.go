// Nested closures that read and modify variables of enclosing functions at
// several levels; every closure sees the same variable, not a copy.
package main

import "fmt"

func makeAccount(balance int) (func(int), func(int) bool, func() int) {
	history := 0
	deposit := func(n int) {
		balance += n
		history++
	}
	withdraw := func(n int) bool {
		if n > balance {
			return false
		}
		balance -= n
		history++
		return true
	}
	report := func() int { return balance*1000 + history }
	return deposit, withdraw, report
}

func outer() func() func() int {
	x := 0
	return func() func() int {
		y := 0
		x += 100
		return func() int {
			x++
			y++
			return x*10 + y
		}
	}
}

func main() {
	dep, wd, rep := makeAccount(50)
	dep(25)
	fmt.Println(wd(100), wd(30), rep())

	mk := outer()
	f1 := mk()
	fmt.Println(f1(), f1())
	f2 := mk()
	fmt.Println(f2(), f1(), f2())

	total := 0
	add := func(n int) func() {
		return func() {
			total += n
		}
	}
	fs := []func(){add(1), add(10), add(100)}
	for _, f := range fs {
		f()
		f()
	}
	fmt.Println(total)

	a := 1
	func() {
		a := a * 10 // shadows
		a++
		func() {
			a *= 2
		}()
		fmt.Println("inner a", a)
	}()
	fmt.Println("outer a", a)

	s := []int{1, 2, 3}
	appendTo := func(v int) { s = append(s, v) }
	appendTo(4)
	appendTo(5)
	fmt.Println(s)

	type st struct{ n int }
	obj := st{}
	ptr := &obj
	incr := func() { ptr.n++; obj.n++ }
	incr()
	incr()
	fmt.Println(obj.n)

	counter := 0
	var level1 func(int)
	level1 = func(d int) {
		counter++
		if d > 0 {
			func() {
				func() {
					level1(d - 1)
					counter += 1000
				}()
			}()
		}
	}
	level1(3)
	fmt.Println(counter)

	x := 5
	get := func() int { return x }
	x = 6
	fmt.Println(get())
	p := &x
	*p = 7
	fmt.Println(get())
}
