// A finalizer runs once its object is unreachable, on the runtime's own
// goroutine, which runtime.NumGoroutine does not count.
package main

import (
	"fmt"
	"runtime"
	"time"
)

type T struct {
	id   int
	name string
}

func setup(id int, done chan string) {
	p := &T{id: id, name: fmt.Sprint("t", id)}
	runtime.SetFinalizer(p, func(p *T) { done <- fmt.Sprint("finalized ", p.name, " ", p.id) })
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
	done := make(chan string)
	fmt.Println("goroutines before:", runtime.NumGoroutine())
	runAndWait(func() { setup(1, done) })
	fmt.Println("goroutines after SetFinalizer:", runtime.NumGoroutine())
	runtime.GC()
	fmt.Println(waitFinalized(done))
	runAndWait(func() { setup(2, done) })
	runtime.GC()
	fmt.Println(waitFinalized(done))
	fmt.Println("goroutines at the end:", runtime.NumGoroutine())
}

// waitFinalized waits for a finalizer's report, collecting again now and
// then: a collector may see an unreachable object as live for a cycle more
// (a conservative one, when a stale word still points at it).
func waitFinalized(done chan string) string {
	for {
		select {
		case s := <-done:
			return s
		case <-time.After(20 * time.Millisecond):
			runtime.GC()
		}
	}
}
