package main

var sink interface{}

func fromAssert(y interface{}) { // ERROR "y does not escape"
	var ok bool
	sink, ok = y.(int)
	println(ok)
}

func fromMap(m map[string]int) { // ERROR "m does not escape"
	var ok bool
	sink, ok = m["a"]
	println(ok)
}

func fromChan(c chan *int) { // ERROR "c does not escape"
	var ok bool
	sink, ok = <-c
	println(ok)
}

func localAssert() {
	j := 0
	var y interface{} = j // ERROR "j does not escape"
	var ok bool
	sink, ok = y.(int)
	println(ok)
}

func pointerAssert() {
	k := 0 // ERROR "moved to heap: k"
	var y interface{} = &k
	var ok bool
	sink, ok = y.(*int)
	println(ok)
}

func main() {
	fromAssert(1) // ERROR "1 does not escape"
	fromMap(map[string]int{"a": 1}) // ERROR "map[string]int{...} does not escape"
	c := make(chan *int, 1)
	c <- nil
	fromChan(c)
	localAssert()
	pointerAssert()
}
