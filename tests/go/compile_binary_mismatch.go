// Operands of a binary operator must have identical types.
package main

import "fmt"

func main() {
	a := 1
	b := 2.5
	var c int32 = 3
	fmt.Println(a + b)
	fmt.Println(a == c)
	fmt.Println("s" + 1)
}
