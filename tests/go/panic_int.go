// panic with an int value prints the number.
package main

import "fmt"

func main() {
	fmt.Println("about to panic")
	code := 42
	panic(code)
}
