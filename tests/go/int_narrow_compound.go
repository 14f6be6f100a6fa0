// Compound assignment on narrow integer types wraps at the type's width.
package main

import "fmt"

func main() {
	var a int8 = 100
	a += 100
	fmt.Println(a)
	a -= 100
	fmt.Println(a)
	a *= 3
	fmt.Println(a)
	a = -128
	a--
	fmt.Println(a)
	a = 127
	a++
	fmt.Println(a)
	a = -128
	a = -a
	fmt.Println(a)
	a = -128
	a /= -1
	fmt.Println(a)
	a = -128
	a %= -1
	fmt.Println(a)

	var b uint8 = 200
	b += 100
	fmt.Println(b)
	b -= 50
	fmt.Println(b)
	b *= 7
	fmt.Println(b)
	b = 0
	b--
	fmt.Println(b)
	b <<= 3
	fmt.Println(b)
	b >>= 1
	fmt.Println(b)
	b ^= 0xff
	fmt.Println(b)
	b &^= 0x0f
	fmt.Println(b)
	b |= 1
	fmt.Println(b)

	var c int16 = 32000
	c += 1000
	fmt.Println(c)
	c *= 4
	fmt.Println(c)
	c = 1
	c <<= 15
	fmt.Println(c)
	c >>= 3
	fmt.Println(c)

	var d uint16 = 65535
	d++
	fmt.Println(d)
	d = 300
	d *= 300
	fmt.Println(d)

	var e int32 = 2147483647
	e += 1
	fmt.Println(e)
	e *= -1
	fmt.Println(e)
	var f uint32 = 1 << 31
	f *= 2
	fmt.Println(f)
	f--
	fmt.Println(f)

	var g int64 = 9223372036854775807
	g++
	fmt.Println(g)
	var h uint64 = 0
	h--
	fmt.Println(h)
	h /= 3
	fmt.Println(h)

	var sum int8
	for i := 0; i < 1000; i++ {
		sum += int8(i)
	}
	fmt.Println(sum)
	var prod uint8 = 1
	for i := uint8(1); i < 20; i++ {
		prod *= i
	}
	fmt.Println(prod)

	arr := []int8{120, -120}
	arr[0] += 10
	arr[1] -= 10
	fmt.Println(arr)
	type s struct{ v uint16 }
	st := s{65530}
	st.v += 10
	fmt.Println(st)

	var u8 uint8 = 255
	fmt.Println(u8+1, u8*u8, -u8, ^u8)
	var i8 int8 = -1
	fmt.Println(i8*i8, ^i8, uint8(i8), int16(i8), uint16(i8))
}
