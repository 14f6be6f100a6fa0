package main

type big struct {
	data [100000]int
}

func largeNew() int {
	p := new([100000]int) // ERROR "new([100000]int) escapes to heap"
	return p[0]
}

func largeLit() int {
	p := &big{} // ERROR "&big{} escapes to heap"
	return p.data[1]
}

func largeMake() int {
	s := make([]byte, 70000) // ERROR "make([]byte, 70000) escapes to heap"
	return len(s)
}

func smallMake() int {
	s := make([]byte, 60000) // ERROR "make([]byte, 60000) does not escape"
	return len(s)
}

func largeVar() int {
	var a [2000000]int // ERROR "moved to heap: a"
	return a[3]
}

func mediumVar() int {
	var a [100000]int
	return a[3]
}

func main() {
	println(largeNew(), largeLit(), largeMake(), smallMake(), largeVar(), mediumVar())
}
