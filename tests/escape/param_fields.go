package main

type holder struct {
	p *int
	q *int
}

func setField(h *holder, v *int) { // ERROR "h does not escape" "leaking param: v"
	h.p = v
}

func copyField(h *holder) { // ERROR "h does not escape"
	h.q = h.p // ERROR "copyField ignoring self-assignment in h.q = h.p"
}

func readField(h *holder) int { // ERROR "h does not escape"
	return *h.p
}

func setLocal(h holder, v *int) *int { // ERROR "leaking param: h to result ~r0 level=0" "leaking param: v to result ~r0 level=0"
	h.p = v
	return h.p
}

func main() {
	var h holder
	x := 1 // ERROR "moved to heap: x"
	setField(&h, &x)
	copyField(&h)
	y := 2
	println(readField(&h), *setLocal(h, &y))
}
