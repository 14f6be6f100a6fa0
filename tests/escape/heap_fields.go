package main

type node struct {
	val  *int
	next *node
}

func storeIntoHeapNode() *node {
	x := 1 // ERROR "moved to heap: x"
	n := &node{} // ERROR "&node{} escapes to heap"
	n.val = &x
	return n
}

func storeIntoLocalNode() int {
	x := 2 // ERROR "moved to heap: x"
	n := &node{} // ERROR "&node{} does not escape"
	n.val = &x
	return *n.val
}

func linkNodes() *node {
	a := &node{} // ERROR "&node{} escapes to heap"
	b := &node{next: a} // ERROR "&node{...} escapes to heap"
	return b
}

func main() {
	println(*storeIntoHeapNode().val, storeIntoLocalNode(), linkNodes().next != nil)
}
