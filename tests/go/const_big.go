// Untyped constants are exact: big intermediate values fold without overflow,
// and 0.1+0.2 is exactly 0.3 as a constant.
package main

import "fmt"

const (
	Big   = 1 << 100
	Small = Big >> 99
	Huge  = Big * Big
	Back  = Huge / Big / Big
)

const third = 1.0 / 3.0
const exact = third * 3

const e = 2.71828182845904523536028747135266249775724709369995957496696763
const pi = 3.14159265358979323846264338327950288419716939937510582097494459

const maxU64 = 1<<64 - 1
const minI64 = -1 << 63

func main() {
	fmt.Println(Small, Back, Big/(1<<98))
	fmt.Println(0.1+0.2, 0.1+0.2 == 0.3, exact == 1, third)
	x, y := 0.1, 0.2
	fmt.Println(x+y == 0.3)
	fmt.Println(uint64(maxU64), int64(minI64), maxU64/(1<<32))
	fmt.Println(e, pi, e*pi)
	fmt.Println(1e400/1e390, 1e-400*1e401)
	const f = 'a' + 1
	fmt.Println(f, string(rune(f)))
	const big = 12345678901234567890123456789
	fmt.Println(big%1000000007, big/1e20)
	const mask = ^uint32(0)
	fmt.Println(mask, ^0, -(-128))
	fmt.Println(float32(pi), float64(pi), pi*1e15)
	const s = "con" + "cat"
	fmt.Println(s, len(s), len("héllo"))
	var arr [len(s) * 2]int
	fmt.Println(len(arr))
	fmt.Println(7/2, 7/2.0, 7.0/2, 1/3*3, 1/3.0*3)
	const shifted = 1 << 62 >> 60
	fmt.Println(shifted, 1<<10-1)
}
