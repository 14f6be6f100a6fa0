// An import that is never used is a compile error.
package main

import "fmt"

func main() {
	x := 1
	x++
}
