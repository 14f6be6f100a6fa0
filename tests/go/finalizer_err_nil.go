// A misuse of runtime.SetFinalizer is a fatal error with Go's message:
// the first argument must not be nil.
package main

import "runtime"

func main() {
	println("before")
	runtime.SetFinalizer(nil, nil)
	println("not reached")
}
