// runtime.KeepAlive keeps its argument reachable up to the call.
package main

import (
	"fmt"
	"runtime"
	"time"
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
	fmt.Println("finalized after KeepAlive:", waitFinalized(done))
}

// waitFinalized waits for the finalizer's report, collecting again now and
// then: a collector may see an unreachable object as live for a cycle more
// (a conservative one, when a stale word still points at it).
func waitFinalized(done chan int) int {
	for {
		select {
		case id := <-done:
			return id
		case <-time.After(20 * time.Millisecond):
			runtime.GC()
		}
	}
}
