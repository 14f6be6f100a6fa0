package main

func counter() func() int {
	n := 0 // ERROR "moved to heap: n"
	return func() int { // ERROR "func literal escapes to heap"
		n++
		return n
	}
}

func byValue() func() int {
	x := 10
	return func() int { // ERROR "func literal escapes to heap"
		return x
	}
}

func calledDirectly() int {
	y := 5
	return func() int { // ERROR "func literal does not escape"
		return y * 2
	}()
}

func localClosure() int {
	total := 0
	add := func(v int) { // ERROR "func literal does not escape"
		total += v
	}
	add(1)
	add(2)
	return total
}

func bigCapture() func() int {
	var arr [20]int // ERROR "moved to heap: arr"
	return func() int { // ERROR "func literal escapes to heap"
		return arr[0]
	}
}

var saved func()

func storeClosure() {
	z := 1 // ERROR "moved to heap: z"
	saved = func() { // ERROR "func literal escapes to heap"
		z++
	}
}

func closureReturnsAddr() *int {
	var u int // ERROR "moved to heap: u"
	p := func() *int { return &u }() // ERROR "func literal does not escape"
	return p
}

func main() {
	c := counter()
	println(c(), byValue()(), calledDirectly(), localClosure(), bigCapture()())
	storeClosure()
	saved()
	println(*closureReturnsAddr())
}
