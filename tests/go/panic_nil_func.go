// Calling a nil func value panics like a nil dereference.
package main

import "fmt"

func main() {
	var f func(int) int
	fmt.Println("calling", f == nil)
	fmt.Println(f(1))
}
