// Dereferencing a nil pointer to a struct panics (a SIGSEGV in Go).
package main

import "fmt"

type Node struct {
	Val  int
	Next *Node
}

func main() {
	list := &Node{1, &Node{2, nil}}
	for n := list; n != nil; n = n.Next {
		fmt.Println(n.Val)
	}
	fmt.Println(list.Next.Next.Val)
}
