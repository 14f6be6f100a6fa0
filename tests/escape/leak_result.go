package main

type pair struct {
	a *int
	b **int
}

func passThrough(p *int) *int { // ERROR "leaking param: p to result ~r0 level=0"
	return p
}

func firstField(p *pair) *int { // ERROR "leaking param: p to result ~r0 level=1"
	return p.a
}

func deepField(p *pair) *int { // ERROR "leaking param: p to result ~r0 level=2"
	return *p.b
}

func addrOfField(p *pair) **int { // ERROR "leaking param: p to result ~r0 level=0"
	return &p.a
}

func viaCall(p *int) *int { // ERROR "leaking param: p to result ~r0 level=0"
	return passThrough(p)
}

func secondResult(p, q *int) (int, *int) { // ERROR "p does not escape" "leaking param: q to result ~r1 level=0"
	return *p, q
}

func main() {
	x := 1
	y := 2
	py := &y
	pr := &pair{a: &x, b: &py} // ERROR "&pair{...} does not escape"
	n, q := secondResult(&x, &y)
	println(*passThrough(&x), *firstField(pr), *deepField(pr), **addrOfField(pr), *viaCall(&x), n, *q)
}
