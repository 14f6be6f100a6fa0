// A syntax error.
package main

import "fmt"

func main() {
	fmt.Println("missing paren"
	x := 1
}
