// A low bound past the length of a string: "[7:5]".
package main

import "fmt"

func main() {
	s := "hello"
	lo := 7
	fmt.Println(s[5:])
	fmt.Println(s[lo:])
}
