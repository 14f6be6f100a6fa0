// The builtin print and println write to stderr with their own formats:
// floats in %e style with 7 digits, pointers, bools, and no spaces for print.
package main

import "fmt"

type myInt int

func main() {
	fmt.Println("stdout first")
	println(1, -2, "three", true, false)
	print(1, 2, "x", "\n")
	println(1.5, -0.25, 1e100, float32(0.1), 0.0)
	var i8 int8 = -128
	var u64 uint64 = 18446744073709551615
	println(i8, u64, myInt(7), 'a', byte(200))
	zero := 0.0
	println(1/zero, -1/zero, zero/zero, -zero)
	println()
	print()
	print("no newline")
	print("\n")
	var p *int
	println(p == nil, p)
	println("a" + "b")
	s := "multi\nline"
	println(s, len(s))
	fmt.Println("stdout last")
}
