// Shifts: counts at or beyond the width give 0 (or -1 for negative signed
// values shifted right); signed right shifts are arithmetic.
package main

import "fmt"

func main() {
	var one int8 = 1
	var s uint = 7
	fmt.Println("int8 1<<7:", one<<s)
	s = 8
	fmt.Println("int8 1<<8:", one<<s)
	var neg int8 = -128
	fmt.Println("int8 -128>>1:", neg>>1, ">>7:", neg>>7, ">>8:", neg>>s, ">>200:", neg>>200)

	for _, n := range []uint{0, 1, 31, 32, 33, 63, 64, 65, 100, 255, 1000} {
		var x uint32 = 0xffffffff
		var y int32 = -1
		var z uint64 = 1
		var w int64 = -5
		fmt.Println(n, x<<n, x>>n, y<<n, y>>n, z<<n, w>>n, w<<n)
	}

	var i int = -17
	fmt.Println("-17>>1:", i>>1, "-17>>2:", i>>2, "-17/2:", i/2, "-17/4:", i/4)
	var u8 uint8 = 0x81
	fmt.Println("uint8 0x81<<1:", u8<<1, "0x81>>1:", u8>>1)
	var b byte = 1
	var cnt int = 3
	fmt.Println("byte 1<<int(3):", b<<cnt)
	var sh8 uint8 = 200
	fmt.Println("int 1<<uint8(200):", 1<<sh8 == 0)
	var big uint64 = 1 << 63
	fmt.Println("1<<63:", big, "as int64:", int64(big))
	var k uint = 62
	fmt.Println("int 1<<62:", 1<<k, "1<<63:", 1<<(k+1), "1<<64:", 1<<(k+2))
	// Shift counts of different unsigned types.
	var c16 uint16 = 4
	var c64 uint64 = 4
	var v int64 = -256
	fmt.Println(v>>c16, v>>c64, v<<c16)
	// Bit tricks.
	var x uint32 = 0b1011_0000
	fmt.Println("lowest set bit:", x&-x, "clear lowest:", x&(x-1))
	var ones int
	for t := uint64(0xf0f0_1234_8000_0001); t != 0; t &= t - 1 {
		ones++
	}
	fmt.Println("popcount:", ones)
	var rot uint8 = 0b1000_0001
	fmt.Println("rotl 3:", rot<<3|rot>>5)
	fmt.Println("and-not:", 0b1111&^0b0101, uint8(0xff)&^0x0f)
}
