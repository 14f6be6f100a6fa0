package main

type res struct {
	n int
}

func release(r *res) { // ERROR "r does not escape"
	r.n = 0
}

func deferCall() int {
	r := &res{n: 1} // ERROR "&res{...} does not escape"
	defer release(r)
	return r.n
}

func deferClosure() (out int) {
	x := 5
	defer func() { // ERROR "func literal does not escape"
		out = x
	}()
	return 0
}

func deferInLoop(n int) int {
	total := 0
	for i := 0; i < n; i++ {
		r := &res{n: i} // ERROR "&res{...} escapes to heap"
		defer release(r)
		total += r.n
	}
	return total
}

func deferClosureInLoop(n int) {
	for i := 0; i < n; i++ { // ERROR "moved to heap: i"
		defer func() { // ERROR "func literal escapes to heap"
			println(i)
		}()
	}
}

func main() {
	println(deferCall(), deferClosure(), deferInLoop(3))
	deferClosureInLoop(1)
}
