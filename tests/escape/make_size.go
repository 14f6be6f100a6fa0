package main

func constSize() int {
	s := make([]int, 10) // ERROR "make([]int, 10) does not escape"
	return len(s)
}

func varSize(n int) int {
	s := make([]int, n) // ERROR "make([]int, n) escapes to heap"
	return len(s)
}

func constCap(n int) int {
	s := make([]byte, 0, 32) // ERROR "make([]byte, 0, 32) does not escape"
	return cap(s) + n
}

func varCap(n int) int {
	s := make([]byte, 0, n) // ERROR "make([]byte, 0, n) escapes to heap"
	return cap(s)
}

func returnedMake() []int {
	return make([]int, 4) // ERROR "make([]int, 4) escapes to heap"
}

func mapAndChan(n int) int {
	m := make(map[int]int, n) // ERROR "make(map[int]int, n) does not escape"
	c := make(chan int, 1)
	m[0] = 1
	c <- 2
	return m[0] + <-c
}

func main() {
	println(constSize(), varSize(3), constCap(1), varCap(2), len(returnedMake()), mapAndChan(4))
}
