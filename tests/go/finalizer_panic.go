// A panic in a finalizer ends the program, as any goroutine's does.
package main

import (
	"fmt"
	"runtime"
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
	runtime.GC()
	select {}
}
