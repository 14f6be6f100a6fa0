package main

type ring struct {
	data []int
	head *int
	tail *int
}

func (r *ring) drop(n int) { // ERROR "r does not escape"
	r.data = r.data[n:] // ERROR "(*ring).drop ignoring self-assignment in r.data = r.data[n:]"
}

func (r *ring) resize(n int) { // ERROR "r does not escape"
	r.data = r.data[:n] // ERROR "(*ring).resize ignoring self-assignment in r.data = r.data[:n]"
}

func (r *ring) advance() { // ERROR "r does not escape"
	r.head = r.tail // ERROR "(*ring).advance ignoring self-assignment in r.head = r.tail"
}

func notSelfDifferentVar(r, s *ring) { // ERROR "r does not escape" "leaking param content: s"
	r.data = s.data[1:]
}

func viaValue(r ring) []int { // ERROR "leaking param: r to result ~r0 level=0"
	r.data = r.data[1:]
	return r.data
}

func main() {
	x, y := 1, 2
	r := &ring{data: []int{1, 2, 3}, head: &x, tail: &y} // ERROR "&ring{...} does not escape" "[]int{...} does not escape"
	r.drop(1)
	r.resize(1)
	r.advance()
	s := &ring{data: []int{4, 5}} // ERROR "&ring{...} does not escape" "[]int{...} escapes to heap"
	notSelfDifferentVar(r, s)
	println(len(r.data), *r.head, len(viaValue(*s)))
}
