// Shifts with typed and untyped counts, counts at and beyond the width,
// arithmetic right shifts of negative values, and untyped constant shifts
// whose type comes from the context.
package main

import "fmt"

func main() {
	var u8 uint8 = 0x81
	var s uint = 3
	var s8 int8 = 7
	var s64 uint64 = 70
	fmt.Println(u8<<1, u8>>1, u8<<s, u8>>s, u8<<s8, u8<<8, u8>>8)

	var i8 int8 = -100
	fmt.Println(i8>>1, i8>>s, i8>>7, i8>>8, i8>>100, i8<<1, i8<<s8)

	var i int = -1
	fmt.Println(i<<63, i>>63, i<<64, i>>64, i<<s64, i>>s64)
	var u uint = 1
	fmt.Println(u<<63, u<<64, u<<s64, (u<<63)>>63)

	x := 1
	for k := uint(0); k < 70; k += 9 {
		fmt.Print(x<<k, " ")
	}
	fmt.Println()

	var i32 int32 = 1
	fmt.Println(i32<<31, i32<<32, (i32<<31)>>31)
	var u16 uint16 = 0xffff
	fmt.Println(u16<<4, u16>>4, u16<<16)

	// The count may be any integer type, even a signed one.
	var cnt16 int16 = 5
	var cnt32 uint32 = 2
	fmt.Println(1<<cnt16, 1000>>cnt32, int64(1)<<cnt16)

	// Untyped constant shifted by a variable takes the type from context.
	var n uint = 10
	var f int64 = 1 << n
	var g int8 = 1 << (n - 4)
	h := 1 << n
	fmt.Println(f, g, h)
	var big uint64 = 1<<n - 1
	fmt.Println(big)

	const c = 1 << 10
	const d = c >> 3
	fmt.Println(c, d, c<<40, -c>>2)
	const neg = -17
	fmt.Println(neg>>1, neg>>10, neg<<2)

	var mask uint32
	for b := 0; b < 32; b += 4 {
		mask |= 1 << uint(b)
	}
	fmt.Printf("%#x %d\n", mask, mask)
	var sh int = 3
	fmt.Println(0xff>>sh, 256>>sh, -256>>sh)
	fmt.Println(uint8(200)>>sh, int8(-64)>>sh)
}
