package main

var global *int

func derefTwice(pp **int) { // ERROR "leaking param content: pp"
	global = *pp
}

func derefOnce(pp **int) *int { // ERROR "leaking param: pp to result ~r0 level=1"
	return *pp
}

func addrOfParam(p *int) **int { // ERROR "moved to heap: p"
	return &p
}

func assignThroughPointer(pp **int) { // ERROR "pp does not escape"
	x := 1 // ERROR "moved to heap: x"
	*pp = &x
}

func localChain() int {
	x := 1
	p := &x
	pp := &p
	return **pp
}

func main() {
	a := 1 // ERROR "moved to heap: a"
	pa := &a
	derefTwice(&pa)
	b := 2 // ERROR "moved to heap: b"
	pb := &b
	println(*derefOnce(&pb), **addrOfParam(&b), localChain())
	var q *int
	assignThroughPointer(&q)
}
