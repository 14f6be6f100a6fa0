package main

type point struct {
	x, y int
}

var global *point

func localNew() int {
	p := new(point) // ERROR "new(point) does not escape"
	p.x = 1
	return p.x
}

func returnedNew() *point {
	return new(point) // ERROR "new(point) escapes to heap"
}

func storedNew() {
	p := new(point) // ERROR "new(point) escapes to heap"
	global = p
}

func newInt() *int {
	n := new(int) // ERROR "new(int) escapes to heap"
	*n = 5
	return n
}

func newLocalInt() int {
	n := new(int) // ERROR "new(int) does not escape"
	*n = 6
	return *n
}

func main() {
	storedNew()
	println(localNew(), returnedNew().y, *newInt(), newLocalInt())
}
