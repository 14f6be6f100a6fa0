// Variadic functions: zero arguments give a nil slice; s... passes the
// caller's slice itself, so the callee can modify the caller's elements.
package main

import "fmt"

func sum(nums ...int) int {
	t := 0
	for _, n := range nums {
		t += n
	}
	return t
}

func describe(prefix string, vals ...int) string {
	return fmt.Sprint(prefix, len(vals), vals == nil, vals)
}

func zeroAll(vals ...int) {
	for i := range vals {
		vals[i] = 0
	}
}

func appendTo(dst []string, more ...string) []string {
	return append(dst, more...)
}

func max(first int, rest ...int) int {
	m := first
	for _, v := range rest {
		if v > m {
			m = v
		}
	}
	return m
}

func main() {
	fmt.Println(sum(), sum(1), sum(1, 2, 3))
	s := []int{4, 5, 6}
	fmt.Println(sum(s...))
	fmt.Println(describe("none:"), describe("two:", 1, 2), describe("nil:", nil...), describe("empty:", []int{}...))
	zeroAll(s...)
	fmt.Println(s)
	t := []int{1, 2, 3}
	zeroAll(t[1:]...)
	zeroAll(7, 8)
	fmt.Println(t)
	fmt.Println(appendTo(nil, "a", "b"), appendTo([]string{"x"}))
	fmt.Println(max(3), max(3, 9, 2), max(-1, []int{-5, -2}...))
	f := sum
	fmt.Println(f(10, 20))
	var g func(...int) int = sum
	fmt.Println(g([]int{1, 1}...))
	fmt.Printf("%T\n", g)
}
