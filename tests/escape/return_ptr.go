package main

type point struct {
	x, y int
}

func newPoint(x, y int) *point {
	p := point{x, y} // ERROR "moved to heap: p"
	return &p
}

func newPointLit(x, y int) *point {
	return &point{x: x, y: y} // ERROR "&point{...} escapes to heap"
}

func newInt() *int {
	return new(int) // ERROR "new(int) escapes to heap"
}

func localOnly() int {
	p := &point{1, 2} // ERROR "&point{...} does not escape"
	q := new(int) // ERROR "new(int) does not escape"
	*q = p.x + p.y
	return *q
}

func addrOfParam(n int) *int { // ERROR "moved to heap: n"
	return &n
}

func valueReturn() point {
	p := &point{3, 4} // ERROR "&point{...} does not escape"
	return *p
}

func main() {
	a := newPoint(1, 2)
	b := newPointLit(3, 4)
	c := newInt()
	println(a.x, b.y, *c, localOnly(), *addrOfParam(5), valueReturn().x)
}
