package main

func localMap() int {
	m := map[string]int{} // ERROR "map[string]int{} does not escape"
	m["a"] = 1
	return m["a"]
}

func mapOfPointers() int {
	x := 1 // ERROR "moved to heap: x"
	m := map[int]*int{} // ERROR "map[int]*int{} does not escape"
	m[0] = &x
	return *m[0]
}

func returnedMap() map[string]*int {
	y := 2 // ERROR "moved to heap: y"
	return map[string]*int{"y": &y} // ERROR "map[string]*int{...} escapes to heap"
}

func fillMap(m map[int]*int) { // ERROR "m does not escape"
	z := 3 // ERROR "moved to heap: z"
	m[1] = &z
}

func keyPointer(m map[*int]bool) { // ERROR "m does not escape"
	k := 4 // ERROR "moved to heap: k"
	m[&k] = true
}

func main() {
	println(localMap(), mapOfPointers(), *returnedMap()["y"])
	m := make(map[int]*int) // ERROR "make(map[int]*int) does not escape"
	fillMap(m)
	mk := make(map[*int]bool) // ERROR "make(map[*int]bool) does not escape"
	keyPointer(mk)
	println(*m[1], len(mk))
}
