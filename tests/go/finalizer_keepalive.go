// runtime.KeepAlive keeps its argument reachable up to the call.
package main

import (
	"fmt"
	"runtime"
)

type T struct {
	id  int
	buf []byte
}

func use(done chan int) {
	p := &T{id: 5, buf: make([]byte, 100)}
	runtime.SetFinalizer(p, func(p *T) { done <- p.id })
	runtime.GC()
	runtime.GC()
	select {
	case id := <-done:
		fmt.Println("finalized too early:", id)
	default:
		fmt.Println("still alive before KeepAlive")
	}
	runtime.KeepAlive(p)
}

// runAndWait runs f on a goroutine of its own and waits until that
// goroutine has ended, so that f's objects are referenced from no stack.
func runAndWait(f func()) {
	go f()
	for runtime.NumGoroutine() > 1 {
		runtime.Gosched()
	}
}

func main() {
	done := make(chan int, 1)
	runAndWait(func() { use(done) })
	runtime.GC()
	fmt.Println("finalized after KeepAlive:", <-done)
}
