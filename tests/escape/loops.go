package main

func loopOuter() int {
	var p *int
	for i := 0; i < 3; i++ {
		v := i // ERROR "moved to heap: v"
		p = &v
	}
	return *p
}

func loopInner() int {
	s := 0
	for i := 0; i < 3; i++ {
		v := i
		p := &v
		s += *p
	}
	return s
}

func loopNew() int {
	var last *int
	for i := 0; i < 3; i++ {
		last = new(int) // ERROR "new(int) escapes to heap"
	}
	return *last
}

func rangeSlice(xs []*int) int { // ERROR "xs does not escape"
	t := 0
	for _, p := range xs {
		t += *p
	}
	return t
}

func main() {
	a := 1
	println(loopOuter(), loopInner(), loopNew(), rangeSlice([]*int{&a})) // ERROR "[]*int{...} does not escape"
}
