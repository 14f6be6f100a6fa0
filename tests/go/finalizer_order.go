// When A references B and both have finalizers, only A's runs first; B's
// runs after A is gone. A finalizer cleared with SetFinalizer(p, nil) never
// runs, and one that was set runs only once.
package main

import (
	"fmt"
	"runtime"
)

type node struct {
	name string
	next *node
}

func setupChain(done chan string) {
	b := &node{name: "b"}
	a := &node{name: "a", next: b}
	runtime.SetFinalizer(a, func(n *node) { done <- n.name + " (next " + n.next.name + ")" })
	runtime.SetFinalizer(b, func(n *node) { done <- n.name })
}

func setupCleared(done chan string) {
	x := &node{name: "cleared"}
	runtime.SetFinalizer(x, func(n *node) { done <- n.name })
	runtime.SetFinalizer(x, nil)
	y := &node{name: "kept"}
	runtime.SetFinalizer(y, func(n *node) { done <- n.name })
}

// collectUntilFinalized collects until a finalizer has reported: the
// finalizer goroutine may still hold the previous object for a moment.
func collectUntilFinalized(done chan string) string {
	for i := 0; i < 10000; i++ {
		runtime.GC()
		select {
		case s := <-done:
			return s
		default:
			runtime.Gosched()
		}
	}
	return "nothing finalized"
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
	done := make(chan string, 10)
	runAndWait(func() { setupChain(done) })
	fmt.Println(collectUntilFinalized(done))
	fmt.Println(collectUntilFinalized(done))

	runAndWait(func() { setupCleared(done) })
	fmt.Println(collectUntilFinalized(done))
	runAndWait(func() { setupChain(done) })
	fmt.Println(collectUntilFinalized(done))
	fmt.Println(collectUntilFinalized(done))
	fmt.Println("left over:", len(done))
}
