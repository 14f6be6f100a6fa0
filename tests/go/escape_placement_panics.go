// Stack objects (non-escaping address-taken variables and allocations) stay
// correct across panics and recovery, deferred calls, recursion, closures,
// goroutines and collections.
package main

import (
	"fmt"
	"runtime"
	"strings"
)

type Node struct {
	val  int
	next *Node
	name string
}

func fill(p *[64]int, v int) {
	for i := range p {
		p[i] = v + i
	}
}

func total(p *[64]int) int {
	s := 0
	for _, v := range p {
		s += v
	}
	return s
}

// Each frame holds a 512-byte stack object; deep recursion spans many chunks.
func deep(depth int) int {
	var buf [64]int
	fill(&buf, depth)
	if depth == 0 {
		runtime.GC()
		return total(&buf)
	}
	r := deep(depth - 1)
	return r + total(&buf) - total(&buf) + buf[0]
}

func mayPanic(i int) (r int) {
	var local [8]int
	p := &local
	p[0] = i
	if i%3 == 0 {
		panic(fmt.Sprintf("boom %d", i))
	}
	return p[0] * 2
}

// recovers without stack objects of its own
func safeCall(i int) (r int, err string) {
	defer func() {
		if e := recover(); e != nil {
			err = e.(string)
		}
	}()
	return mayPanic(i), ""
}

func check(x *int, want int) {
	if *x != want {
		panic(fmt.Sprintf("stack object changed: %d != %d", *x, want))
	}
}

// recovers, with a stack object used by a deferred call after recovery
func recoverWithLocal(i int) (out int) {
	x := i * 10
	defer check(&x, i*10)
	defer func() {
		if recover() != nil {
			out = -1
		}
	}()
	var work [16]int
	w := &work
	w[3] = x
	mayPanic(i)
	return w[3]
}

func heapViaStack() int {
	// A stack object holding the only reference to heap objects during a GC.
	holder := &Node{val: 1}
	for i := 0; i < 1000; i++ {
		holder.next = &Node{val: i, next: holder.next, name: strings.Repeat("x", i%5)}
	}
	runtime.GC()
	sum := 0
	for p := holder.next; p != nil; p = p.next {
		sum += p.val + len(p.name)
	}
	return sum
}

func main() {
	fmt.Println("deep:", deep(200))
	panicked := 0
	sum := 0
	for i := 0; i < 3000; i++ {
		r, err := safeCall(i)
		if err != "" {
			panicked++
		}
		sum += r
	}
	fmt.Println("safeCall:", panicked, sum)
	s := 0
	for i := 0; i < 3000; i++ {
		s += recoverWithLocal(i)
	}
	fmt.Println("recoverWithLocal:", s)
	fmt.Println("heapViaStack:", heapViaStack())
	done := make(chan int)
	for g := 0; g < 8; g++ {
		go func(g int) {
			done <- deep(50+g) + heapViaStack()
		}(g)
	}
	all := 0
	for g := 0; g < 8; g++ {
		all += <-done
	}
	fmt.Println("goroutines:", all)
}
