// Untyped constants are exact: huge intermediate values, exact rational
// arithmetic, and conversion only at the point of use.
package main

import "fmt"

const (
	huge    = 1 << 100
	back    = huge >> 98
	third   = 1.0 / 3
	sum     = 0.1 + 0.2
	big     = 1e300 * 1e300 / 1e300
	maxU64  = 1<<64 - 1
	ratio   = huge / (1 << 97)
	negZero = -0.0
)

type weekday int

const (
	sunday weekday = iota
	monday
	tuesday
	_
	thursday
)

const (
	a = iota * 10
	b
	c = "s"
	d
	e = iota
)

func main() {
	fmt.Println(back, ratio, huge/huge, huge%7)
	fmt.Println(third*3 == 1, sum == 0.3, big)
	var u uint64 = maxU64
	fmt.Println(u, maxU64/3)
	f := sum
	fmt.Println(f, f == 0.3, 0.1+0.2)
	x, y := 0.1, 0.2
	fmt.Println(x+y, x+y == 0.3)
	fmt.Println(negZero, 1/(negZero+1))
	fmt.Println(sunday, monday, tuesday, thursday)
	fmt.Println(a, b, c, d, e)
	const r = 'a' + 1
	fmt.Println(r, string(rune(r)))
	const s = "con" + "cat"
	fmt.Println(s, len(s), s[1])
	const mix = 7 / 2 * 2.0
	const mix2 = 7 / 2.0 * 2
	fmt.Println(mix, mix2)
	var i8 int8 = huge >> 94
	fmt.Println(i8)
	const bigf = 1 << 62 * 4.0
	fmt.Println(bigf, uint64(bigf/8))
	fmt.Println(len([huge >> 96]int{}), cap([3]int{}))
	const typed int16 = 1000
	fmt.Println(typed*30, typed/3)
}
