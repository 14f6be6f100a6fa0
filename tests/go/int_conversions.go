// Conversions between integer widths truncate or sign-extend; float to int
// truncates toward zero.
package main

import "fmt"

func main() {
	var big int64 = 0x123456789abcdef0
	fmt.Println(int8(big), uint8(big), int16(big), uint16(big), int32(big), uint32(big))
	var neg int32 = -1
	fmt.Println(uint32(neg), uint64(neg), uint8(neg), int64(neg), uint16(neg))
	var u8 uint8 = 255
	fmt.Println(int8(u8), int16(u8), int(u8))
	var i8 int8 = -100
	fmt.Println(uint8(i8), uint16(i8), uint64(i8), int32(i8))
	var m int64 = -9223372036854775808
	fmt.Println(uint64(m), int32(m), uint32(m))
	var r rune = 0x1F600
	fmt.Println(byte(r), int16(r), uint16(r))

	floats := []float64{3.7, -3.7, 0.5, -0.5, 2.999999, -2.999999, 1e9, -1e9, 255.9, 127.5}
	for _, f := range floats {
		fmt.Println(f, int(f), int64(f), int32(f))
	}
	var f32 float32 = -7.9
	fmt.Println(int(f32), int8(f32), uint8(int8(f32)))
	var pos float64 = 200.75
	fmt.Println(uint8(pos), uint16(pos), uint(pos))

	var n int = 7
	fmt.Println(float64(n)/2, n/2, float32(n)/3)
	var huge uint64 = 18446744073709551615
	fmt.Println(float64(huge), float32(huge))
	var h2 int64 = 9007199254740993
	fmt.Println(float64(h2), int64(float64(h2)))
	var i64 int64 = 1<<53 + 1
	fmt.Println(float64(i64) == float64(i64-1))
	var d float64 = 1e15 + 0.3
	fmt.Println(int64(d), int64(-d))
	f := 0.1
	fmt.Println(int(f*10), int(f*3*10), int(0.7*10))
	var x float32 = 16777217
	fmt.Println(x, int32(x), float32(16777216) == x)
	var b bool = true
	fmt.Println(b)
	var c byte = 'A'
	fmt.Println(c, string(rune(c)), rune(c)+1)
}
