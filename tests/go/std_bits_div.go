// Exercises math/bits Div, Div32, Div64 and Rem, Rem32, Rem64 including 128-bit dividends.
package main

import (
	"fmt"
	"math/bits"
)

func main() {
	for _, c := range [][3]uint64{{0, 100, 7}, {1, 0, 2}, {0, 1 << 63, 3}, {5, 12345, 10}, {0x7fffffffffffffff, 0xffffffffffffffff, 0x8000000000000000}, {0, 0, 1}} {
		q, r := bits.Div64(c[0], c[1], c[2])
		fmt.Printf("div64 %x:%x / %x = %x rem %x | rem64=%x\n", c[0], c[1], c[2], q, r, bits.Rem64(c[0], c[1], c[2]))
	}
	fmt.Println(bits.Rem64(10, 3, 7), bits.Rem64(100, 100, 3))
	for _, c := range [][3]uint32{{0, 100, 7}, {1, 0, 2}, {3, 0xffffffff, 4}} {
		q, r := bits.Div32(c[0], c[1], c[2])
		fmt.Println("div32", c, q, r, bits.Rem32(c[0], c[1], c[2]))
	}
	q, r := bits.Div(0, 17, 5)
	fmt.Println(q, r, bits.Rem(0, 17, 5), bits.Rem(9, 17, 5))
	// Multiply then divide back.
	hi, lo := bits.Mul64(0xdeadbeefcafebabe, 0x123456789)
	q2, r2 := bits.Div64(hi, lo, 0x123456789)
	fmt.Printf("%x %x\n", q2, r2)
}
