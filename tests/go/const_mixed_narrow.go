// Constant expressions combined with variables of narrow types: the constant
// converts to the variable's type and arithmetic wraps at that width.
package main

import "fmt"

const big = 1 << 40
const half = big / 2
const ratio = 3.0 / 2
const (
	kb = 1 << (10 * (iota + 1))
	mb
	gb
)

type celsius float32
type small int8

const freezing celsius = 0
const boil = 100

func main() {
	var a int8 = 100
	fmt.Println(a+27, a-127-101, a*2, a/3, a%7)
	var b uint8 = 3
	fmt.Println(b-4, b*100, b+255, b<<7)
	var c int16 = -300
	fmt.Println(c*200, c/7, c%7, -c)

	fmt.Println(big/half, half>>30, big%1000)
	x := big >> 35
	fmt.Println(x, kb, mb, gb)
	var f32 float32 = ratio
	var f64 float64 = ratio
	fmt.Println(f32*3, f64*3, f32/3, f64/3)

	t := freezing + boil
	t = t * 9 / 5
	fmt.Println(t + 32)
	fmt.Printf("%.2f %T\n", t, t)

	var s small = 10
	s = s*12 + 7
	fmt.Println(s, s+1, s*2)
	fmt.Printf("%d %v %T\n", s, s, s)

	var u uint32 = 1
	fmt.Println(u-2, u<<31+u<<31, ^u)

	const maxU8 = 255
	var v uint8 = maxU8
	fmt.Println(v, v+1, maxU8+1)
	var w int = maxU8 * maxU8 * maxU8 * maxU8
	fmt.Println(w)
	const huge = 1e30
	fmt.Println(huge/1e25, int64(huge/1e20))

	var r rune = 'a'
	fmt.Println(r+1, r-'A', string(r+2))
	var by byte = 'z'
	fmt.Println(by-'a', by+10, string(rune(by)))

	const third = 1.0 / 3
	var d float64 = third
	var e float32 = third
	fmt.Println(d, e, float64(e), d == float64(e))
	fmt.Println(third*3 == 1, d*3 == 1)
	const i64 int64 = 1<<62 + 1<<61
	fmt.Println(i64, i64>>60, uint64(i64)*2)
	var k int64 = i64
	fmt.Println(k*2, k+k+k)
}
