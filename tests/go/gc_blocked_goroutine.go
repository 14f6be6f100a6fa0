package main

import (
	"fmt"
	"runtime"
)

type node struct {
	next *node
	val  int
}

func build(n int) *node {
	var head *node
	for i := 0; i < n; i++ {
		head = &node{head, i}
	}
	return head
}

func sum(n *node) int {
	s := 0
	for ; n != nil; n = n.next {
		s += n.val
	}
	return s
}

func main() {
	start := make(chan bool)
	done := make(chan int)
	go func() {
		list := build(10000) // referenced only from this goroutine's stack
		<-start               // blocked while main collects
		done <- sum(list)
	}()
	runtime.Gosched()
	for i := 0; i < 50; i++ {
		_ = build(2000)
		runtime.GC()
	}
	start <- true
	fmt.Println(<-done)
}
