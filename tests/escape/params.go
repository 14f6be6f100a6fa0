package main

type box struct {
	p *int
}

func identity(p *int) *int { // ERROR "leaking param: p to result ~r0 level=0"
	return p
}

func deref(p *int) int { // ERROR "p does not escape"
	return *p
}

func field(b *box) *int { // ERROR "leaking param: b to result ~r0 level=1"
	return b.p
}

func leakContent(b *box) { // ERROR "leaking param content: b"
	global = b.p
}

var global *int

func leakParam(p *int) { // ERROR "leaking param: p"
	global = p
}

func twoResults(p, q *int) (*int, *int) { // ERROR "leaking param: p to result ~r1 level=0" "leaking param: q to result ~r0 level=0"
	return q, p
}

func unusedPointer(p *int, _ *int) int { // ERROR "p does not escape"
	return 1
}

func sliceParam(s []int) int { // ERROR "s does not escape"
	return s[0]
}

func sliceContent(s []*int) *int { // ERROR "leaking param: s to result ~r0 level=1"
	return s[0]
}

func main() {
	x := 1
	y := 2
	z := 3
	w := 4 // ERROR "moved to heap: w"
	b := box{p: &w}
	println(*identity(&x), deref(&y), *field(&b), unusedPointer(&z, nil))
	leakContent(&b)
	v := 5 // ERROR "moved to heap: v"
	leakParam(&v)
	r1, r2 := twoResults(&x, &y)
	println(*r1, *r2, sliceParam([]int{1}), *sliceContent([]*int{&z})) // ERROR "[]int{...} does not escape" "[]*int{...} does not escape"
}
