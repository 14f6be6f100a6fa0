// A misuse of runtime.SetFinalizer is a fatal error with Go's message:
// the finalizer must be a function.
package main

import "runtime"

type T struct{ name string }

func main() {
	println("before")
	runtime.SetFinalizer(&T{}, 5)
	println("not reached")
}
