package main

var registry = map[string]*int{} // ERROR "map[string]*int{} escapes to heap"
var table = make([]int, 10) // ERROR "make([]int, 10) escapes to heap"
var head = &struct{ n int }{n: 1}

func main() {
	println(len(registry), len(table), head.n)
}
