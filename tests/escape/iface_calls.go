package main

type getter interface {
	get() *int
}

type holder struct {
	p *int
}

func (h *holder) get() *int { // ERROR "leaking param: h to result ~r0 level=1"
	return h.p
}

type setter interface {
	set(p *int)
}

func (h *holder) set(p *int) { // ERROR "h does not escape" "leaking param: p"
	h.p = p
}

func callGet(g getter) int { // ERROR "leaking param: g"
	return *g.get()
}

func callSet(s setter) { // ERROR "leaking param: s"
	x := 1 // ERROR "moved to heap: x"
	s.set(&x)
}

func direct() int {
	y := 2
	h := &holder{p: &y} // ERROR "&holder{...} does not escape"
	return *h.get()
}

func main() {
	z := 3 // ERROR "moved to heap: z"
	h := &holder{p: &z} // ERROR "&holder{...} escapes to heap"
	println(callGet(h), direct())
	callSet(h)
}
