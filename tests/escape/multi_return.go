package main

func both(p, q *int) (*int, *int) { // ERROR "leaking param: p to result ~r0 level=0" "leaking param: q to result ~r1 level=0"
	return p, q
}

func swap(p, q *int) (*int, *int) { // ERROR "leaking param: p to result ~r1 level=0" "leaking param: q to result ~r0 level=0"
	return q, p
}

func named(p *int) (r *int, n int) { // ERROR "leaking param: p to result r level=0"
	r = p
	n = 1
	return
}

func dropSecond() int {
	a, b := 1, 2
	x, _ := both(&a, &b)
	return *x
}

func main() {
	a, b := 3, 4
	x, y := swap(&a, &b)
	r, n := named(&a)
	println(*x, *y, *r, n, dropSecond())
}
