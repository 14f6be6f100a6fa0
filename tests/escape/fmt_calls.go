package main

import "fmt"

type item struct {
	name string
}

func printValue(n int) {
	fmt.Println(n) // ERROR "... argument does not escape" "n escapes to heap"
}

func printPointer() {
	it := &item{name: "a"} // ERROR "&item{...} does not escape"
	fmt.Println(it.name) // ERROR "... argument does not escape" "it.name escapes to heap"
}

func sprint(x int) string {
	return fmt.Sprintf("%d", x) // ERROR "... argument does not escape" "x escapes to heap"
}

func printStruct() {
	it := item{name: "b"}
	fmt.Printf("%v\n", it) // ERROR "... argument does not escape" "it escapes to heap"
}

func main() {
	printValue(1)
	printPointer()
	printStruct()
	println(sprint(2))
}
