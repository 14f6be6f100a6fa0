package main

type speaker interface {
	speak() int
}

type loud struct {
	n int
}

func (l loud) speak() int {
	return l.n
}

type wrapper struct {
	speaker
}

type pwrapper struct {
	speaker
	extra *int
}

func embedded() int {
	var s speaker = wrapper{speaker: loud{n: 1}} // ERROR "wrapper{...} does not escape" "loud{...} escapes to heap"
	return s.speak() // ERROR "partially devirtualizing s.speak to wrapper"
}

func embeddedPointer() int {
	x := 2 // ERROR "moved to heap: x"
	var s speaker = &pwrapper{speaker: loud{n: 3}, extra: &x} // ERROR "&pwrapper{...} does not escape" "loud{...} escapes to heap"
	return s.speak() // ERROR "partially devirtualizing s.speak to *pwrapper"
}

func main() {
	println(embedded(), embeddedPointer())
}
