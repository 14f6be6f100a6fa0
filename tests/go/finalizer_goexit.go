// main's Goexit with only the finalizer goroutine left: Go's "no goroutines"
// deadlock, as without finalizers.
package main

import (
	"fmt"
	"runtime"
)

type T struct{ id int }

func main() {
	p := &T{1}
	runtime.SetFinalizer(p, func(*T) {})
	fmt.Println("exiting main's goroutine")
	runtime.Goexit()
}
