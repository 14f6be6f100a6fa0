package main

var keep []*int

func localSlice() int {
	a, b := 1, 2
	s := []*int{&a, &b} // ERROR "[]*int{...} does not escape"
	return *s[0] + *s[1]
}

func storedSlice() {
	c := 3 // ERROR "moved to heap: c"
	s := []*int{&c} // ERROR "[]*int{...} escapes to heap"
	keep = s
}

func returnedSlice() []*int {
	d := 4 // ERROR "moved to heap: d"
	return []*int{&d} // ERROR "[]*int{...} escapes to heap"
}

func storeElem(s []*int) { // ERROR "s does not escape"
	e := 5 // ERROR "moved to heap: e"
	s[0] = &e
}

func main() {
	println(localSlice())
	storedSlice()
	println(*returnedSlice()[0])
	s := make([]*int, 1) // ERROR "make([]*int, 1) does not escape"
	storeElem(s)
	println(*s[0], len(keep))
}
