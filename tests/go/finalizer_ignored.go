// SetFinalizer ignores what the collector never frees (a global, a
// zero-sized value), accepts an inner pointer of a small pointer-free
// object, and a finalizer may set a new finalizer on its object, which then
// runs when the object is unreachable again.
package main

import (
	"fmt"
	"runtime"
)

type T struct {
	id   int
	next *T // not a tiny object: those share blocks that stay reachable
}

var global T

type pair struct{ a, b int32 }

func setup(done chan int) {
	p := &T{id: 1}
	runtime.SetFinalizer(p, func(p *T) {
		done <- p.id
		p.id++
		runtime.SetFinalizer(p, func(p *T) { done <- p.id })
	})
}

// runAndWait runs f on a goroutine of its own and waits until that
// goroutine has ended, so that f's objects are referenced from no stack.
func runAndWait(f func()) {
	go f()
	for runtime.NumGoroutine() > 1 {
		runtime.Gosched()
	}
}

// collectUntilFinalized collects until a finalizer has reported: the
// finalizer goroutine may still hold the object for a moment.
func collectUntilFinalized(done chan int) int {
	for i := 0; i < 10000; i++ {
		runtime.GC()
		select {
		case id := <-done:
			return id
		default:
			runtime.Gosched()
		}
	}
	return -1
}

func main() {
	runtime.SetFinalizer(&global, func(*T) { fmt.Println("global finalized") })
	runtime.SetFinalizer(new(struct{}), func(*struct{}) { fmt.Println("zero-sized finalized") })
	pr := &pair{1, 2}
	runtime.SetFinalizer(&pr.b, func(*int32) {})
	runtime.SetFinalizer(&pr.b, nil)
	fmt.Println("accepted")

	done := make(chan int, 2)
	runAndWait(func() { setup(done) })
	fmt.Println("first finalizer:", collectUntilFinalized(done))
	fmt.Println("second finalizer:", collectUntilFinalized(done))
}
