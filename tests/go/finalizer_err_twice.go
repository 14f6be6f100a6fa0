// A misuse of runtime.SetFinalizer is a fatal error with Go's message:
// an object has one finalizer at a time.
package main

import "runtime"

type T struct{ name string }

func main() {
	println("before")
	p := &T{}
	runtime.SetFinalizer(p, func(*T) {})
	runtime.SetFinalizer(p, func(*T) {})
	println("not reached")
}
