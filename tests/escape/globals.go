package main

type node struct {
	val  int
	next *node
}

var head *node
var sink interface{}
var counter *int

func storeGlobal() {
	n := &node{val: 1} // ERROR "&node{...} escapes to heap"
	head = n
}

func storeGlobalVar() {
	var x int // ERROR "moved to heap: x"
	counter = &x
}

func storeIntoHeap(n *node) { // ERROR "n does not escape"
	m := &node{val: 2} // ERROR "&node{...} escapes to heap"
	n.next = m
}

func storeIntoParamField(dst **int) { // ERROR "dst does not escape"
	v := 7 // ERROR "moved to heap: v"
	*dst = &v
}

func linkLocal() int {
	a := &node{val: 1} // ERROR "&node{...} does not escape"
	b := &node{val: 2, next: a} // ERROR "&node{...} does not escape"
	return b.next.val
}

func toSink(v int) { // ERROR "moved to heap: v"
	sink = &v
}

func main() {
	storeGlobal()
	storeGlobalVar()
	var root node
	storeIntoHeap(&root)
	var p *int
	storeIntoParamField(&p)
	toSink(3)
	println(head.val, *counter, root.next.val, *p, linkLocal())
}
