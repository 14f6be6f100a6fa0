// Exercises math/bits LeadingZeros, TrailingZeros, OnesCount and Len at every width.
package main

import (
	"fmt"
	"math/bits"
)

func main() {
	for _, x := range []uint64{0, 1, 2, 3, 0x80, 0xff, 0x100, 0x8000, 0xffff, 0x10000, 0x80000000, 0xffffffff,
		0x100000000, 0x8000000000000000, 0xffffffffffffffff, 0x0123456789abcdef} {
		fmt.Printf("%x: lz64=%d tz64=%d ones64=%d len64=%d | lz32=%d tz32=%d ones32=%d len32=%d | lz16=%d tz16=%d len16=%d | lz8=%d tz8=%d ones8=%d len8=%d | lz=%d tz=%d ones=%d len=%d\n",
			x, bits.LeadingZeros64(x), bits.TrailingZeros64(x), bits.OnesCount64(x), bits.Len64(x),
			bits.LeadingZeros32(uint32(x)), bits.TrailingZeros32(uint32(x)), bits.OnesCount32(uint32(x)), bits.Len32(uint32(x)),
			bits.LeadingZeros16(uint16(x)), bits.TrailingZeros16(uint16(x)), bits.Len16(uint16(x)),
			bits.LeadingZeros8(uint8(x)), bits.TrailingZeros8(uint8(x)), bits.OnesCount8(uint8(x)), bits.Len8(uint8(x)),
			bits.LeadingZeros(uint(x)), bits.TrailingZeros(uint(x)), bits.OnesCount(uint(x)), bits.Len(uint(x)))
	}
	fmt.Println(bits.UintSize, bits.OnesCount16(0xaaaa))
}
