package main

import (
	"fmt"
	"math"
	"math/bits"
)

func main() {
	vals := []uint64{0, 1, 2, 3, 0x80, 0xFF, 0x100, 0xF0F0, 1 << 31, 0xDEADBEEF, 1 << 63, math.MaxUint64, 0x0123456789ABCDEF}
	for _, v := range vals {
		fmt.Println(v, bits.LeadingZeros64(v), bits.TrailingZeros64(v), bits.OnesCount64(v), bits.Len64(v), bits.Reverse64(v), bits.ReverseBytes64(v), bits.RotateLeft64(v, 7), bits.RotateLeft64(v, -7))
		fmt.Println(bits.LeadingZeros32(uint32(v)), bits.TrailingZeros32(uint32(v)), bits.OnesCount32(uint32(v)), bits.Len32(uint32(v)), bits.Reverse32(uint32(v)), bits.ReverseBytes32(uint32(v)), bits.RotateLeft32(uint32(v), 3))
		fmt.Println(bits.LeadingZeros16(uint16(v)), bits.TrailingZeros16(uint16(v)), bits.OnesCount16(uint16(v)), bits.Len16(uint16(v)), bits.Reverse16(uint16(v)), bits.ReverseBytes16(uint16(v)), bits.RotateLeft16(uint16(v), -1))
		fmt.Println(bits.LeadingZeros8(uint8(v)), bits.TrailingZeros8(uint8(v)), bits.OnesCount8(uint8(v)), bits.Len8(uint8(v)), bits.Reverse8(uint8(v)), bits.RotateLeft8(uint8(v), 1))
		fmt.Println(bits.LeadingZeros(uint(v)), bits.TrailingZeros(uint(v)), bits.OnesCount(uint(v)), bits.Len(uint(v)), bits.Reverse(uint(v)), bits.ReverseBytes(uint(v)), bits.RotateLeft(uint(v), 1))
	}
	hi, lo := bits.Mul64(1<<63, 4)
	fmt.Println(hi, lo)
	hi, lo = bits.Mul64(math.MaxUint64, math.MaxUint64)
	fmt.Println(hi, lo)
	q, r := bits.Div64(1, 5, 7)
	fmt.Println(q, r, bits.Rem64(10, 3, 7))
	s, carry := bits.Add64(math.MaxUint64, 1, 0)
	fmt.Println(s, carry)
	s, carry = bits.Add64(1, 2, 1)
	fmt.Println(s, carry)
	d, borrow := bits.Sub64(0, 1, 0)
	fmt.Println(d, borrow)
	s32, c32 := bits.Add32(math.MaxUint32, 1, 1)
	d32, b32 := bits.Sub32(1, 2, 1)
	h32, l32 := bits.Mul32(0xFFFFFFFF, 2)
	q32, r32 := bits.Div32(1, 0, 3)
	fmt.Println(s32, c32, d32, b32, h32, l32, q32, r32, bits.UintSize)
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		bits.Div64(5, 0, 3)
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		bits.Div64(0, 0, 0)
	}()
}
