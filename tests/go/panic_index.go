// Indexing past the end of a slice panics with the index and the length.
package main

import "fmt"

func main() {
	s := []int{1, 2, 3}
	i := 5
	fmt.Println("before:", s)
	fmt.Println(s[i])
	fmt.Println("not reached")
}
