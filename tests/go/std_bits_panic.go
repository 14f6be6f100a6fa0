// Checks that bits.Div64 panics on division by zero with Go's runtime error.
package main

import (
	"fmt"
	"math/bits"
)

func try(name string, f func()) {
	defer func() {
		fmt.Println(name, "recovered:", recover())
	}()
	f()
}

func main() {
	try("div64 zero", func() { bits.Div64(0, 1, 0) })
	try("div64 overflow", func() { bits.Div64(5, 1, 5) })
	try("div32 zero", func() { bits.Div32(0, 1, 0) })
	try("div32 overflow", func() { bits.Div32(9, 1, 2) })
	try("rem64 zero", func() { bits.Rem64(1, 1, 0) })
	fmt.Println(bits.Rem64(5, 1, 5))
}
