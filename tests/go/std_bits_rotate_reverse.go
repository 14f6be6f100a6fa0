// Exercises math/bits RotateLeft with positive and negative counts, Reverse and ReverseBytes.
package main

import (
	"fmt"
	"math/bits"
)

func main() {
	for _, k := range []int{0, 1, 3, 7, 8, 9, 15, 16, 31, 33, 63, 64, 65, -1, -3, -8, -64} {
		fmt.Printf("%d: %02x %04x %08x %016x %x\n", k, bits.RotateLeft8(0x81, k), bits.RotateLeft16(0x8001, k),
			bits.RotateLeft32(0x80000001, k), bits.RotateLeft64(0x8000000000000001, k), bits.RotateLeft(0xf, k))
	}
	for _, x := range []uint64{0, 1, 0x12, 0x1234, 0x12345678, 0x0123456789abcdef, 0xffffffffffffffff} {
		fmt.Printf("%x: %x %x %x %x %x | %x %x %x\n", x, bits.Reverse8(uint8(x)), bits.Reverse16(uint16(x)),
			bits.Reverse32(uint32(x)), bits.Reverse64(x), bits.Reverse(uint(x)),
			bits.ReverseBytes16(uint16(x)), bits.ReverseBytes32(uint32(x)), bits.ReverseBytes64(x))
	}
	fmt.Printf("%x\n", bits.ReverseBytes(0x0102030405060708))
}
