// Integer remainder by zero panics with the same message as division.
package main

import "fmt"

func main() {
	var d uint8
	var n uint8 = 200
	fmt.Println("n =", n)
	fmt.Println(n % d)
}
