// The builtins print and println write to standard error with their own
// formats: println separates with spaces, floats print as +1.500000e+000.
package main

import "fmt"

func main() {
	fmt.Println("stdout first")
	println("hello", 42, true, -7)
	print("no", "spaces", 1, 2, "\n")
	println(3.5, -0.25, float32(1)/3)
	var i8 int8 = -128
	var u64 uint64 = 18446744073709551615
	println(i8, u64, 'x', byte(65))
	println("")
	println()
	print("a\n")
	var zero float64
	big := 1e300
	println(1/zero, -1/zero, zero/zero, big*1e10, 100.0, 0.0)
	println(len("abc"), "é", string(rune(0x4e16)))
	fmt.Println("stdout last")
}
