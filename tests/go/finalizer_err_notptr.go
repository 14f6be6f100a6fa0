// A misuse of runtime.SetFinalizer is a fatal error with Go's message:
// the first argument must be a pointer.
package main

import "runtime"

func main() {
	println("before")
	runtime.SetFinalizer(1, func(int) {})
	println("not reached")
}
