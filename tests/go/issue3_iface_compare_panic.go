package main

import "fmt"

func equal(a, b interface{}) bool { return a == b }

func main() {
	fmt.Println(equal(1, 1), equal("a", "b"), equal([]int{1}, 2))
	fmt.Println(equal([]int{1}, []int{1}))
}
