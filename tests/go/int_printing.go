// Printing integers of every type with Println and Printf.
package main

import "fmt"

func main() {
	var a int8 = -128
	var b int16 = -32768
	var c int32 = -2147483648
	var d int64 = -9223372036854775808
	var e uint8 = 255
	var f uint16 = 65535
	var g uint32 = 4294967295
	var h uint64 = 18446744073709551615
	var i int = 42
	var j uint = 42
	var k uintptr = 0xdead
	var l byte = 'z'
	var m rune = 'é'
	fmt.Println(a, b, c, d)
	fmt.Println(e, f, g, h)
	fmt.Println(i, j, k, l, m)
	fmt.Printf("%d %d %d %d\n", a, b, c, d)
	fmt.Printf("%x %x %x %x\n", a, b, c, d)
	fmt.Printf("%X %o %b\n", h, g, e)
	fmt.Printf("%v %v %v\n", k, l, m)
	fmt.Printf("%T %T %T %T %T %T %T %T %T %T %T %T %T\n", a, b, c, d, e, f, g, h, i, j, k, l, m)
	fmt.Printf("%c %c %q %q %U %U\n", l, m, l, m, l, m)
	fmt.Printf("[%8d] [%-8d] [%08d] [%+d] [% d] [%+d]\n", i, i, -i, i, i, -i)
	fmt.Printf("[%#x] [%#o] [%#b] [%x] [%X]\n", 255, 8, 5, -255, -255)
	fmt.Printf("[%6x] [%-6X] [%06b]\n", 3054, 3054, 5)
	fmt.Println(fmt.Sprint(a, b), fmt.Sprint(e, "x", f))
}
