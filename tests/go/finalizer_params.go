// The finalizer's parameter may be the object's pointer type or an
// interface the pointer type implements; its results are ignored.
package main

import (
	"fmt"
	"runtime"
	"sort"
	"time"
)

type R struct {
	id  int
	tag string
}

func (r *R) String() string { return fmt.Sprintf("R%d(%s)", r.id, r.tag) }

func setup(done chan string) {
	a := &R{1, "a"}
	runtime.SetFinalizer(a, func(x any) { done <- fmt.Sprint("any: ", x.(*R).id) })
	b := &R{2, "b"}
	runtime.SetFinalizer(b, func(s fmt.Stringer) { done <- "Stringer: " + s.String() })
	c := &R{3, "c"}
	runtime.SetFinalizer(c, func(r *R) int { done <- fmt.Sprint("with a result: ", r.id); return 7 })
	d := &R{4, "d"}
	runtime.SetFinalizer(d, func(x interface{}) { done <- fmt.Sprintf("interface{}: %T %v", x, x) })
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
	done := make(chan string, 4)
	runAndWait(func() { setup(done) })
	runtime.GC()
	var got []string
	for i := 0; i < 4; i++ {
		got = append(got, waitFinalized(done))
	}
	sort.Strings(got) // finalizers queued by one collection run in no set order
	for _, s := range got {
		fmt.Println(s)
	}
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
