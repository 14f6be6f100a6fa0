package main

func bigVar() int {
	var a [10485761]byte // ERROR "moved to heap: a"
	a[0] = 1
	return int(a[0])
}

func limitVar() int {
	var a [10485760]byte
	a[1] = 2
	return int(a[1])
}

func mediumVar() int {
	var a [100000]int
	a[2] = 3
	return a[2]
}

func bigStructVar() int {
	var s struct { // ERROR "moved to heap: s"
		data [2000000]int64
		n    int
	}
	s.n = 4
	return s.n
}

func main() {
	println(bigVar(), limitVar(), mediumVar(), bigStructVar())
}
