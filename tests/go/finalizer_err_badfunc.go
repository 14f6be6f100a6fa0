// A misuse of runtime.SetFinalizer is a fatal error with Go's message:
// the finalizer's parameter must take the object.
package main

import "runtime"

type T struct{ name string }

type U struct{ x int }

func main() {
	println("before")
	runtime.SetFinalizer(&T{}, func(*U) {})
	println("not reached")
}
