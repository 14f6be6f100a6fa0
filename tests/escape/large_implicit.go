package main

func bigMake() int {
	s := make([]byte, 65537) // ERROR "make([]byte, 65537) escapes to heap"
	return len(s)
}

func smallMake() int {
	s := make([]byte, 65536) // ERROR "make([]byte, 65536) does not escape"
	return len(s)
}

func bigNew() int {
	p := new([70000]byte) // ERROR "new([70000]byte) escapes to heap"
	return len(p)
}

func smallNew() int {
	p := new([1000]byte) // ERROR "new([1000]byte) does not escape"
	return len(p)
}

func bigLiteral() int {
	p := &[10000]int{} // ERROR "&[10000]int{} escapes to heap"
	return len(p)
}

func main() {
	println(bigMake(), smallMake(), bigNew(), smallNew(), bigLiteral())
}
