package main

type failure struct {
	code int
}

func panicPointer() {
	panic(&failure{code: 1}) // ERROR "&failure{...} escapes to heap"
}

func panicValue(n int) {
	panic(n) // ERROR "n escapes to heap"
}

func panicString() {
	panic("constant") // ERROR "\"constant\" escapes to heap"
}

func safely(f func()) (code int) { // ERROR "f does not escape"
	defer func() { // ERROR "func literal does not escape"
		if r := recover(); r != nil {
			code = 1
		}
	}()
	f()
	return 0
}

func main() {
	println(safely(panicPointer), safely(func() { panicValue(2) }), safely(panicString)) // ERROR "func literal does not escape"
}
