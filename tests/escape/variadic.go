package main

var global []*int

func sum(xs ...int) int { // ERROR "xs does not escape"
	t := 0
	for _, x := range xs {
		t += x
	}
	return t
}

func keepAll(ps ...*int) { // ERROR "leaking param: ps"
	global = ps
}

func firstOf(ps ...*int) *int { // ERROR "leaking param: ps to result ~r0 level=1"
	return ps[0]
}

func spread(s []int) int { // ERROR "s does not escape"
	return sum(s...)
}

func main() {
	a, b := 1, 2 // ERROR "moved to heap: a"
	keepAll(&a) // ERROR "... argument escapes to heap"
	println(sum(1, 2, 3), *firstOf(&b), spread([]int{4, 5})) // ERROR "... argument does not escape" "... argument does not escape" "[]int{...} does not escape"
}
