// Integer arithmetic wraps around modulo 2^n for every sized integer type;
// the wrap happens at run time on variables (constants would not compile).
package main

import "fmt"

func main() {
	var i8 int8 = 127
	i8++
	fmt.Println("int8 127+1:", i8)
	i8 = -128
	i8--
	fmt.Println("int8 -128-1:", i8)
	var a8 int8 = 127
	b8 := a8 + 1
	fmt.Println("int8 var+1:", b8)
	var m8 int8 = -128
	fmt.Println("int8 -(-128):", -m8)
	fmt.Println("int8 4*100:", a8-27+a8-27+a8-27+a8-27)

	var i16 int16 = 32767
	i16 += 2
	fmt.Println("int16 32767+2:", i16)
	var i32 int32 = 2147483647
	i32++
	fmt.Println("int32 max+1:", i32)
	var i64 int64 = 9223372036854775807
	i64++
	fmt.Println("int64 max+1:", i64)
	var n int = -9223372036854775808
	fmt.Println("int min-1:", n-1, "-min:", -n)

	var u8 uint8 = 0
	u8--
	fmt.Println("uint8 0-1:", u8)
	var u16 uint16 = 65535
	u16++
	fmt.Println("uint16 max+1:", u16)
	var u32 uint32 = 0
	u32 -= 5
	fmt.Println("uint32 0-5:", u32)
	var u64 uint64 = 0
	u64--
	fmt.Println("uint64 0-1:", u64)
	var u uint = 3
	var w uint = 5
	fmt.Println("uint 3-5:", u-w)
	var up uintptr = 0
	up--
	fmt.Println("uintptr 0-1:", up)

	var b byte = 200
	b += 100
	fmt.Println("byte 200+100:", b)
	var r rune = 2147483647
	r++
	fmt.Println("rune max+1:", r)

	// Multiplication overflow keeps the low bits.
	var x32 int32 = 100000
	fmt.Println("int32 100000*100000:", x32*x32)
	var x64 int64 = 3037000500
	fmt.Println("int64 3037000500^2:", x64*x64)
	var xu8 uint8 = 16
	fmt.Println("uint8 16*16:", xu8*xu8, "16*17:", xu8*(xu8+1))
	var f uint32 = 0xdeadbeef
	fmt.Println("uint32 mul:", f*f, "add:", f+f)

	// Unary minus and complement on unsigned values.
	var one uint8 = 1
	fmt.Println("uint8 -1:", -one, "^1:", ^one)
	var s16 int16 = 0
	fmt.Println("int16 ^0:", ^s16)

	// A loop that overflows on purpose.
	var acc uint16 = 1
	for k := 0; k < 20; k++ {
		acc *= 3
	}
	fmt.Println("3^20 mod 2^16:", acc)
	var h uint32 = 2166136261
	for _, c := range []byte("hello, wraparound") {
		h ^= uint32(c)
		h *= 16777619
	}
	fmt.Println("fnv1a32:", h)
	var h64 uint64 = 14695981039346656037
	for _, c := range []byte("hello, wraparound") {
		h64 ^= uint64(c)
		h64 *= 1099511628211
	}
	fmt.Println("fnv1a64:", h64)
}
