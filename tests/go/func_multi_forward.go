// Multiple results: f(g()) forwarding, named results set before a bare
// return and modified by closures, results assigned in swapped order, and
// functions returning funcs.
package main

import "fmt"

func divmod(a, b int) (q, r int) {
	q = a / b
	r = a % b
	return
}

func add(a, b int) int { return a + b }

func swap(a, b string) (string, string) { return b, a }

func named() (x, y int) {
	x, y = 1, 2
	inc := func() { x += 10; y *= 3 }
	inc()
	return
}

func shadowNamed() (n int) {
	n = 5
	{
		n := 100
		_ = n
	}
	return
}

func explicit() (a int, b string) {
	a, b = 1, "ignored"
	return 2, "used"
}

func three() (int, string, bool) { return 3, "three", true }

func takeThree(i int, s string, b bool) string { return fmt.Sprint(i, s, b) }

func counterPair() (func() int, func() int) {
	n := 0
	return func() int { n++; return n }, func() int { return n }
}

func minmax(xs ...int) (lo, hi int) {
	if len(xs) == 0 {
		return
	}
	lo, hi = xs[0], xs[0]
	for _, x := range xs {
		if x < lo {
			lo = x
		}
		if x > hi {
			hi = x
		}
	}
	return
}

func main() {
	fmt.Println(divmod(17, 5))
	fmt.Println(add(divmod(17, 5)))
	fmt.Println(swap(swap("a", "b")))
	fmt.Println(named())
	fmt.Println(shadowNamed())
	fmt.Println(explicit())
	fmt.Println(takeThree(three()))
	fmt.Println(three())
	inc, get := counterPair()
	inc()
	inc()
	fmt.Println(get(), inc(), get())
	fmt.Println(minmax())
	fmt.Println(minmax(3, -1, 8, 2))
	lo, _ := minmax(5, 4)
	_, hi := minmax(5, 4)
	fmt.Println(lo, hi)
	q, r := divmod(-17, 5)
	fmt.Println(q, r)
	var s []int
	s = append(s, add(divmod(9, 4)))
	fmt.Println(s)
	a, b := 1, 2
	a, b = func() (int, int) { return b, a }()
	fmt.Println(a, b)
	fmt.Println(fmt.Sprint(divmod(7, 2)))
}
