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

type rect struct {
	w, h *int
}

func (r *rect) area() int { // ERROR "r does not escape"
	return *r.w * *r.h
}

type named int

func (n named) area() int {
	return int(n)
}

func localIface() int {
	var s shape = square{side: 3} // ERROR "square{...} does not escape"
	return s.area() // ERROR "devirtualizing s.area to square"
}

func explicitConversion() int {
	s := shape(square{side: 4}) // ERROR "shape(square{...}) does not escape"
	t := s
	return t.area() // ERROR "devirtualizing t.area to square"
}

func pointerReceiver() int {
	w, h := 2, 3
	var s shape = &rect{w: &w, h: &h} // ERROR "&rect{...} does not escape"
	return s.area() // ERROR "devirtualizing s.area to *rect"
}

func constantValue() int {
	var s shape = named(5) // ERROR "named(5) does not escape"
	return s.area() // ERROR "devirtualizing s.area to named"
}

func notStatic(b bool) int {
	var s shape = square{side: 1} // ERROR "square{...} escapes to heap"
	if b {
		s = named(2) // ERROR "named(2) escapes to heap"
	}
	return s.area()
}

func inline() int {
	return shape(square{side: 6}).area() // ERROR "devirtualizing shape(square{...}).area to square" "shape(square{...}) does not escape"
}

func main() {
	println(localIface(), explicitConversion(), pointerReceiver(), constantValue(), notStatic(true), inline())
}
