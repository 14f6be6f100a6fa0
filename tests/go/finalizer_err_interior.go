// A misuse of runtime.SetFinalizer is a fatal error with Go's message:
// the pointer must be to the start of its object.
package main

import "runtime"

type T struct {
	id   int
	name string
}

func main() {
	println("before")
	p := &T{}
	runtime.SetFinalizer(&p.name, func(*string) {})
	println("not reached")
}
