package main

var sink []*int

func appendLocal() int {
	var s []int
	s = append(s, 1, 2)
	return len(s)
}

func appendPointer() []*int {
	x := 1 // ERROR "moved to heap: x"
	var s []*int
	s = append(s, &x)
	return s
}

func appendToParam(s []*int) []*int { // ERROR "leaking param content: s" "leaking param: s to result ~r0 level=0"
	y := 2 // ERROR "moved to heap: y"
	return append(s, &y)
}

func appendSpread(a, b []int) []int { // ERROR "leaking param: a to result ~r0 level=0" "b does not escape"
	return append(a, b...)
}

func appendGlobal() {
	z := 3 // ERROR "moved to heap: z"
	sink = append(sink, &z)
}

func main() {
	println(appendLocal(), len(appendPointer()), len(appendToParam(nil)))
	println(len(appendSpread([]int{1}, []int{2}))) // ERROR "[]int{...} does not escape" "[]int{...} does not escape"
	appendGlobal()
}
