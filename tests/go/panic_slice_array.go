// Slicing an array past its length reports its length (as capacity).
package main

import "fmt"

func main() {
	var a [3]int
	hi := 4
	fmt.Println(a[1:3])
	t := a[hi:]
	fmt.Println(t)
}
