// Slicing past the capacity: "slice bounds out of range [:5] with capacity 3".
package main

import "fmt"

func main() {
	s := make([]int, 2, 3)
	hi := 5
	fmt.Println(s[:3])
	fmt.Println(s[:hi])
}
