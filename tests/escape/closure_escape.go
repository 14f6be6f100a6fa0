package main

var handlers []func() int

func register() {
	n := 1
	handlers = append(handlers, func() int { // ERROR "func literal escapes to heap"
		return n
	})
}

func makeAdder(base int) func(int) int {
	return func(v int) int { // ERROR "func literal escapes to heap"
		return base + v
	}
}

func makeCounter() func() int {
	c := 0 // ERROR "moved to heap: c"
	return func() int { // ERROR "func literal escapes to heap"
		c++
		return c
	}
}

func apply(f func(int) int, v int) int { // ERROR "f does not escape"
	return f(v)
}

func passedDown() int {
	k := 4
	return apply(func(v int) int { // ERROR "func literal does not escape"
		return v * k
	}, 2)
}

func main() {
	register()
	println(makeAdder(1)(2), makeCounter()(), passedDown(), handlers[0]())
}
