package main

var keep *[4]int

func localArray() int {
	var a [4]int
	a[1] = 2
	return a[1]
}

func arrayOfPointers() int {
	x := 1
	a := [2]*int{&x, nil}
	return *a[0]
}

func returnArrayOfPointers() [2]*int {
	y := 2 // ERROR "moved to heap: y"
	return [2]*int{&y, nil}
}

func sliceOfArray() []int {
	var a [4]int // ERROR "moved to heap: a"
	return a[:]
}

func storeArrayAddr() {
	var a [4]int // ERROR "moved to heap: a"
	keep = &a
}

func main() {
	storeArrayAddr()
	println(localArray(), arrayOfPointers(), *returnArrayOfPointers()[0], len(sliceOfArray()))
}
