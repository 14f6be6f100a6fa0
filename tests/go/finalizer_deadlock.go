// The finalizer goroutine waiting for work does not hide a deadlock, nor
// does it show in the report.
package main

import (
	"fmt"
	"runtime"
)

type T struct{ id int }

var keep *T

func main() {
	keep = &T{1}
	runtime.SetFinalizer(keep, func(*T) {})
	runtime.GC()
	fmt.Println("goroutines:", runtime.NumGoroutine())
	c := make(chan int)
	<-c
}
