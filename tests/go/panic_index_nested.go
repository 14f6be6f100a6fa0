// Output is flushed before a panic: everything printed by fmt appears.
package main

import "fmt"

func main() {
	for i := 0; i < 3; i++ {
		fmt.Print("line ", i, "\n")
	}
	var m [][]int
	fmt.Println(len(m))
	fmt.Println(m[0][0])
}
