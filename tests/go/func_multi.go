// Multiple results, named results with bare return, and named results that
// are modified after being set.
package main

import "fmt"

func divmod(a, b int) (int, int) {
	return a / b, a % b
}

func split(sum int) (x, y int) {
	x = sum * 4 / 9
	y = sum - x
	return
}

func minmax(vals []int) (lo, hi int) {
	if len(vals) == 0 {
		return
	}
	lo, hi = vals[0], vals[0]
	for _, v := range vals[1:] {
		if v < lo {
			lo = v
		}
		if v > hi {
			hi = v
		}
	}
	return
}

func named() (s string, n int) {
	s, n = "a", 1
	return "override", 2
}

func parse(s string) (n int, ok bool) {
	for _, c := range s {
		if c < '0' || c > '9' {
			return 0, false
		}
		n = n*10 + int(c-'0')
	}
	ok = len(s) > 0
	return
}

func three() (int, string, bool) { return 1, "two", true }

func pass() (int, string, bool) { return three() }

func sum3(a int, b string, c bool) string { return fmt.Sprint(a, b, c) }

func main() {
	q, r := divmod(17, 5)
	fmt.Println(q, r)
	fmt.Println(divmod(-17, 5))
	fmt.Println(split(17))
	fmt.Println(minmax([]int{3, -1, 9, 4}))
	fmt.Println(minmax(nil))
	fmt.Println(named())
	for _, s := range []string{"123", "12a", "", "007"} {
		n, ok := parse(s)
		fmt.Println(s, n, ok)
	}
	_, only := divmod(7, 3)
	fmt.Println(only)
	fmt.Println(sum3(pass()))
	a, b, c := pass()
	fmt.Println(a, b, c)
	x, y := 1, 2
	x, y = y, x+y
	fmt.Println(x, y)
}
