package main

type shape interface {
	area() int
}

type square struct {
	side int
}

func (s square) area() int {
	return s.side * s.side
}

var global interface{}

func toEmpty(x int) interface{} {
	return x // ERROR "x escapes to heap"
}

func toShape(s square) shape {
	return s // ERROR "s escapes to heap"
}

func storeIface(p *int) { // ERROR "leaking param: p"
	global = p
}

func areaOf(s shape) int { // ERROR "leaking param: s"
	return s.area()
}

func localIface() int {
	return areaOf(square{side: 3}) // ERROR "square{...} escapes to heap"
}

func constIface() interface{} {
	return 42 // ERROR "42 escapes to heap"
}

func main() {
	x := 1 // ERROR "moved to heap: x"
	storeIface(&x)
	println(toEmpty(2) != nil, toShape(square{2}).area(), localIface(), constIface() != nil)
}
