// Several errors in one file are all reported, in source order.
package main

import "fmt"

func f() int {
	return "str"
}

func main() {
	var unused int
	x := 1
	x = "two"
	y := undefinedName + 1
	fmt.Println(x, y)
	fmt.Println(f(1))
	if x {
	}
}
