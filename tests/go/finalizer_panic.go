// A panic in a finalizer ends the program, as any goroutine's does.
package main

import (
	"fmt"
	"runtime"
	"time"
)

type T struct {
	id   int
	next *T // not a tiny object: those share blocks that stay reachable
}

func setup() {
	p := &T{id: 7}
	runtime.SetFinalizer(p, func(p *T) { panic(fmt.Sprint("finalizer of ", p.id)) })
}

func main() {
	go setup()
	for runtime.NumGoroutine() > 1 {
		runtime.Gosched()
	}
	// Collect until the finalizer has run (a collector may see the object as
	// live for a cycle more: a conservative one, when a stale word points at it).
	for {
		runtime.GC()
		time.Sleep(20 * time.Millisecond)
	}
}
