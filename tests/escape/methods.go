package main

type acc struct {
	sum int
}

func (a *acc) add(v int) { // ERROR "a does not escape"
	a.sum += v
}

func (a acc) get() int {
	return a.sum
}

func (a *acc) self() *acc { // ERROR "leaking param: a to result ~r0 level=0"
	return a
}

var hook func(int)

func methodValueEscapes() {
	a := &acc{} // ERROR "&acc{} escapes to heap"
	hook = a.add // ERROR "a.add escapes to heap"
}

func methodValueLocal() int {
	var a acc
	f := a.add // ERROR "a.add does not escape"
	f(3)
	return a.get()
}

func pointerMethod() int {
	var a acc
	a.add(4)
	return a.self().sum
}

func main() {
	methodValueEscapes()
	hook(1)
	println(methodValueLocal(), pointerMethod())
}
