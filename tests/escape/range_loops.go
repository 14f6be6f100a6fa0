package main

var saved []*int

func rangeAddr(s []int) int { // ERROR "s does not escape"
	total := 0
	for i := range s {
		p := &s[i]
		total += *p
	}
	return total
}

func rangeValueAddr(s []int) { // ERROR "leaking param content: s"
	for _, v := range s { // ERROR "moved to heap: v"
		saved = append(saved, &v)
	}
}

func rangePointers(s []*int) int { // ERROR "s does not escape"
	total := 0
	for _, p := range s {
		total += *p
	}
	return total
}

func rangeMap(m map[string]*int) *int { // ERROR "leaking param: m to result ~r0 level=1"
	for _, v := range m {
		return v
	}
	return nil
}

func main() {
	s := []int{1, 2} // ERROR "[]int{...} does not escape"
	rangeValueAddr(s)
	x := 3 // ERROR "moved to heap: x"
	m := map[string]*int{"x": &x} // ERROR "map[string]*int{...} does not escape"
	println(rangeAddr(s), rangePointers([]*int{&x}), *rangeMap(m)) // ERROR "[]*int{...} does not escape"
}
