package main

import "fmt"

type shape interface {
	area() int
}

type square struct {
	side int
}

func (s square) area() int {
	return s.side * s.side
}

type rect struct {
	w, h int
}

func (r *rect) area() int { // ERROR "r does not escape"
	return r.w * r.h
}

func toIface(n int) interface{} {
	return n // ERROR "n escapes to heap"
}

func callThrough(s shape) int { // ERROR "leaking param: s"
	return s.area()
}

func printIt() {
	x := 42
	name := "go"
	fmt.Println(x, name) // ERROR "... argument does not escape" "x escapes to heap" "name escapes to heap"
}

func printPtr() {
	r := &rect{2, 3} // ERROR "&rect{...} escapes to heap"
	fmt.Println(r) // ERROR "... argument does not escape"
}

func sprint(v int) string {
	return fmt.Sprint(v) // ERROR "... argument does not escape" "v escapes to heap"
}

func main() {
	var s shape = square{3} // ERROR "square{...} escapes to heap"
	r := rect{4, 5} // ERROR "moved to heap: r"
	println(callThrough(s), callThrough(&r), toIface(3) != nil)
	printIt()
	printPtr()
	fmt.Println(sprint(5)) // ERROR "... argument does not escape" "sprint(5) escapes to heap"
	fmt.Printf("%d\n", 7) // ERROR "... argument does not escape" "7 escapes to heap"
}
