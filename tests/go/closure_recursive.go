// Recursive closures: a func variable declared first and assigned later,
// mutual recursion through two variables, memoization in a captured slice.
package main

import "fmt"

func main() {
	var fact func(n int) int
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
	fmt.Println(isEven(10), isOdd(7), isEven(1001))

	memo := make([]int, 91)
	var fib func(int) int
	calls := 0
	fib = func(n int) int {
		calls++
		if n < 2 {
			return n
		}
		if memo[n] != 0 {
			return memo[n]
		}
		memo[n] = fib(n-1) + fib(n-2)
		return memo[n]
	}
	fmt.Println(fib(90), calls)

	var hanoi func(n int, from, to, via string) int
	moves := ""
	hanoi = func(n int, from, to, via string) int {
		if n == 0 {
			return 0
		}
		c := hanoi(n-1, from, via, to)
		if n <= 2 {
			moves += from + to + " "
		}
		return c + 1 + hanoi(n-1, via, to, from)
	}
	fmt.Println(hanoi(10, "A", "C", "B"), len(moves))

	var perms func(prefix []int, rest []int)
	out := [][]int{}
	perms = func(prefix []int, rest []int) {
		if len(rest) == 0 {
			cp := make([]int, len(prefix))
			copy(cp, prefix)
			out = append(out, cp)
			return
		}
		for i := range rest {
			nr := append([]int{}, rest[:i]...)
			nr = append(nr, rest[i+1:]...)
			perms(append(prefix, rest[i]), nr)
		}
	}
	perms(nil, []int{1, 2, 3})
	fmt.Println(out)

	// A closure that rebinds itself.
	var step func() int
	n := 0
	step = func() int {
		n++
		if n == 3 {
			step = func() int { return -1 }
		}
		return n
	}
	fmt.Println(step(), step(), step(), step(), step())

	var ack func(m, n int) int
	ack = func(m, n int) int {
		if m == 0 {
			return n + 1
		}
		if n == 0 {
			return ack(m-1, 1)
		}
		return ack(m-1, ack(m, n-1))
	}
	fmt.Println(ack(2, 3), ack(3, 3))
}
