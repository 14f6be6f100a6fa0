package main

func constMake() int {
	s := make([]int, 10) // ERROR "make([]int, 10) does not escape"
	return len(s)
}

func varMake(n int) int {
	s := make([]int, n) // ERROR "make([]int, n) escapes to heap"
	return len(s)
}

func returnSlice() []int {
	s := make([]int, 4) // ERROR "make([]int, 4) escapes to heap"
	return s
}

func sliceOfPointers() []*int {
	a, b := 1, 2 // ERROR "moved to heap: a" "moved to heap: b"
	return []*int{&a, &b} // ERROR "[]*int{...} escapes to heap"
}

func localSliceOfPointers() int {
	a := 1
	s := []*int{&a} // ERROR "[]*int{...} does not escape"
	return *s[0]
}

func appendLocal() int {
	var s []int
	for i := 0; i < 3; i++ {
		s = append(s, i)
	}
	return len(s)
}

func appendPointers(s []*int) []*int { // ERROR "leaking param content: s" "leaking param: s to result ~r0 level=0"
	v := 9 // ERROR "moved to heap: v"
	return append(s, &v)
}

func mapOfPointers() int {
	m := make(map[string]*int) // ERROR "make(map[string]*int) does not escape"
	k := 4 // ERROR "moved to heap: k"
	m["a"] = &k
	return *m["a"]
}

func mapLiteral() map[string]int {
	return map[string]int{"a": 1} // ERROR "map[string]int{...} escapes to heap"
}

func localMap() int {
	m := map[int]int{1: 2} // ERROR "map[int]int{...} does not escape"
	return m[1]
}

func main() {
	println(constMake(), varMake(3), len(returnSlice()), len(sliceOfPointers()))
	println(localSliceOfPointers(), appendLocal(), len(appendPointers(nil)), mapOfPointers(), len(mapLiteral()), localMap())
}
