// Closures that modify captured variables, closures returning closures,
// and recursion through a variable declared before the func literal.
package main

import "fmt"

func adder(base int) func(int) func() int {
	return func(step int) func() int {
		return func() int {
			base += step
			return base
		}
	}
}

func compose(f, g func(int) int) func(int) int {
	return func(x int) int { return f(g(x)) }
}

func apply(n int, f func(int) int, x int) int {
	for i := 0; i < n; i++ {
		x = f(x)
	}
	return x
}

func main() {
	a := adder(100)
	byOne := a(1)
	byTen := a(10)
	fmt.Println(byOne(), byTen(), byOne(), byTen())

	var fact func(int) int
	fact = func(n int) int {
		if n <= 1 {
			return 1
		}
		return n * fact(n-1)
	}
	fmt.Println(fact(10), fact(20))

	var isEven, isOdd func(int) bool
	isEven = func(n int) bool {
		if n == 0 {
			return true
		}
		return isOdd(n - 1)
	}
	isOdd = func(n int) bool {
		if n == 0 {
			return false
		}
		return isEven(n - 1)
	}
	fmt.Println(isEven(10), isOdd(7), isEven(7))

	double := func(x int) int { return x * 2 }
	inc := func(x int) int { return x + 1 }
	fmt.Println(compose(double, inc)(5), compose(inc, double)(5), apply(10, double, 1))

	total := 0
	visit := func(vals []int) {
		for _, v := range vals {
			total += v
		}
	}
	visit([]int{1, 2, 3})
	visit([]int{4})
	fmt.Println(total)

	x := 0
	f := func() func() {
		x++
		return func() { x *= 10 }
	}
	g := f()
	g()
	g()
	fmt.Println(x)

	memo := make([]int, 50)
	var fib func(int) int
	fib = func(n int) int {
		if n < 2 {
			return n
		}
		if memo[n] != 0 {
			return memo[n]
		}
		memo[n] = fib(n-1) + fib(n-2)
		return memo[n]
	}
	fmt.Println(fib(49))

	state := "idle"
	transitions := []func(){
		func() { state = "running" },
		func() { state += "/paused" },
		func() { state = fmt.Sprint(len(state)) },
	}
	for _, t := range transitions {
		t()
		fmt.Print(state, " ")
	}
	fmt.Println()
}
