// Assigning a value of the wrong type.
package main

import "fmt"

func main() {
	var x int = "hello"
	var s string
	s = 3.5
	fmt.Println(x, s)
}
