// Lists referenced only from the stacks of blocked goroutines (receive, send,
// sync.Cond.Wait, select, time.Sleep) and only from channel buffers survive
// thirty collections intact.
package main

import (
	"fmt"
	"runtime"
	"sync"
	"time"
)

type node struct {
	next *node
	val  int
	text string
}

func build(n, seed int) *node {
	var head *node
	for i := 0; i < n; i++ {
		head = &node{head, seed + i, fmt.Sprint("v", seed+i)}
	}
	return head
}

func sum(n *node) int {
	s := 0
	for ; n != nil; n = n.next {
		if n.text != fmt.Sprint("v", n.val) {
			return -1
		}
		s += n.val
	}
	return s
}

var sink []byte

func churn(k int) {
	for i := 0; i < k; i++ {
		sink = make([]byte, 256+i%512)
	}
}

func main() {
	const blocked = 8
	start := make(chan bool)
	results := make(chan int, 3*blocked)
	var mu sync.Mutex
	var wg sync.WaitGroup
	cond := sync.NewCond(&mu)
	ready := false

	// Goroutines blocked on a receive, a list referenced only from a local.
	for g := 0; g < blocked; g++ {
		go func(g int) {
			list := build(500, g*1000)
			<-start
			results <- sum(list)
		}(g)
	}
	// Goroutines blocked sending the only reference on an unbuffered channel.
	handoff := make(chan *node)
	for g := 0; g < blocked; g++ {
		go func(g int) {
			handoff <- build(300, 100000+g*1000)
		}(g)
	}
	// Goroutines blocked in sync.Cond.Wait, in select and in time.Sleep.
	for g := 0; g < blocked; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			list := build(200, 200000+g*1000)
			switch g % 3 {
			case 0:
				mu.Lock()
				for !ready {
					cond.Wait()
				}
				mu.Unlock()
			case 1:
				never := make(chan int)
				select {
				case <-start:
				case <-never:
				}
			case 2:
				time.Sleep(50 * time.Millisecond)
			}
			results <- sum(list)
		}(g)
	}
	// A buffered channel full of pointers, referenced by nothing else.
	buffered := make(chan *node, 64)
	for i := 0; i < 64; i++ {
		buffered <- build(20, 300000+i*100)
	}
	// A channel of interface values and one of slices.
	ifaces := make(chan any, 16)
	slices := make(chan []*node, 16)
	for i := 0; i < 16; i++ {
		ifaces <- build(10, 400000+i*100)
		slices <- []*node{build(5, 500000+i*100), nil, build(5, 600000+i*100)}
	}

	runtime.Gosched()
	for round := 0; round < 30; round++ {
		churn(300)
		runtime.GC()
	}

	close(start)
	mu.Lock()
	ready = true
	cond.Broadcast()
	mu.Unlock()
	total := 0
	for i := 0; i < blocked; i++ {
		total += sum(<-handoff)
	}
	wg.Wait()
	for i := 0; i < 2*blocked; i++ {
		total += <-results
	}
	for i := 0; i < 64; i++ {
		total += sum(<-buffered)
	}
	for i := 0; i < 16; i++ {
		total += sum((<-ifaces).(*node))
		s := <-slices
		total += sum(s[0]) + sum(s[2])
	}
	fmt.Println("total:", total)
}
