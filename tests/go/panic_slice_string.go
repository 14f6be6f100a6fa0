// Slicing a string past its length: "[:10] with length 5".
package main

import "fmt"

func main() {
	s := "hello"
	end := 10
	fmt.Println(s[1:])
	fmt.Println(s[:end])
}
