// Exercises math/bits Add/Sub/Mul with carries and borrows at 32 and 64 bits.
package main

import (
	"fmt"
	"math"
	"math/bits"
)

func main() {
	m64 := uint64(math.MaxUint64)
	for _, c := range [][3]uint64{{0, 0, 0}, {1, 2, 1}, {m64, 1, 0}, {m64, 0, 1}, {m64, m64, 1}, {1 << 63, 1 << 63, 0}} {
		s, co := bits.Add64(c[0], c[1], c[2])
		d, bo := bits.Sub64(c[0], c[1], c[2])
		hi, lo := bits.Mul64(c[0], c[1])
		fmt.Printf("%x %x %x: add=%x,%d sub=%x,%d mul=%x:%x\n", c[0], c[1], c[2], s, co, d, bo, hi, lo)
	}
	m32 := uint32(math.MaxUint32)
	for _, c := range [][3]uint32{{0, 0, 0}, {m32, 1, 0}, {m32, m32, 1}, {5, 7, 1}, {0x80000000, 3, 0}} {
		s, co := bits.Add32(c[0], c[1], c[2])
		d, bo := bits.Sub32(c[0], c[1], c[2])
		hi, lo := bits.Mul32(c[0], c[1])
		fmt.Printf("%x %x %x: add=%x,%d sub=%x,%d mul=%x:%x\n", c[0], c[1], c[2], s, co, d, bo, hi, lo)
	}
	s, co := bits.Add(^uint(0), 1, 0)
	d, bo := bits.Sub(0, 1, 0)
	hi, lo := bits.Mul(^uint(0), 2)
	fmt.Println(s, co, d, bo, hi, lo)
	// 128-bit addition via two Add64 calls.
	aHi, aLo := uint64(1), m64
	bHi, bLo := uint64(2), uint64(5)
	rLo, c := bits.Add64(aLo, bLo, 0)
	rHi, _ := bits.Add64(aHi, bHi, c)
	fmt.Println(rHi, rLo)
}
