package main

type node struct {
	next *node
}

var head *node
var table [4]*int
var registry map[string]*int

func pushFront() {
	n := &node{next: head} // ERROR "&node{...} escapes to heap"
	head = n
}

func storeInArray(i int) {
	v := i // ERROR "moved to heap: v"
	table[i] = &v
}

func storeInMap(k string) { // ERROR "leaking param: k"
	v := len(k) // ERROR "moved to heap: v"
	registry[k] = &v
}

func readGlobal() int {
	if head != nil {
		return 1
	}
	return 0
}

func main() {
	registry = make(map[string]*int) // ERROR "make(map[string]*int) escapes to heap"
	pushFront()
	storeInArray(1)
	storeInMap("a")
	println(readGlobal())
}
