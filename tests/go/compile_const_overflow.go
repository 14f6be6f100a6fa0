// Constant overflow is a compile error, unlike run-time overflow.
package main

import "fmt"

func main() {
	var a int8 = 128
	b := uint8(256)
	const big = 1 << 64
	var c int = big
	fmt.Println(a, b, c)
}
