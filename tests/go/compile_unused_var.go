// A local variable that is declared and never used is a compile error.
package main

import "fmt"

func main() {
	x := 1
	y := 2
	fmt.Println(y)
}
