// if/else chains with init statements; the init variable is scoped to the
// whole chain and may shadow an outer one.
package main

import "fmt"

func classify(n int) string {
	if n < 0 {
		return "negative"
	} else if n == 0 {
		return "zero"
	} else if n%2 == 0 {
		return "even"
	} else {
		return "odd"
	}
}

func half(n int) (int, bool) {
	return n / 2, n%2 == 0
}

func main() {
	for _, n := range []int{-3, 0, 4, 7} {
		fmt.Println(n, classify(n))
	}
	x := 10
	if x := 5; x > 3 {
		fmt.Println("inner x", x)
	} else {
		fmt.Println("never", x)
	}
	fmt.Println("outer x", x)
	if h, ok := half(9); ok {
		fmt.Println("even half", h)
	} else if h > 3 {
		fmt.Println("odd, big half", h)
	} else {
		fmt.Println("odd, small half", h)
	}
	if v := x * 2; v > 100 {
		fmt.Println("big")
	} else if w := v + 1; w > 20 {
		fmt.Println("w", w, "v", v)
	} else {
		fmt.Println("else", v, w)
	}
	a, b := true, false
	if a && !b || b {
		fmt.Println("logic ok")
	}
	calls := 0
	check := func(r bool) bool { calls++; return r }
	if check(false) && check(true) {
		fmt.Println("no")
	}
	if check(true) || check(true) {
		fmt.Println("short circuit, calls =", calls)
	}
}
