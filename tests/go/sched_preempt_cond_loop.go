// A goroutine spinning in `for cond {}` (whose back-edge is a conditional
// branch) is still preempted for collections, GOMAXPROCS changes and other
// goroutines, on one P and on two.
package main

import (
	"fmt"
	"runtime"
	"sync/atomic"
)

func spinUntilSet(flag *int32, done chan<- int) {
	n := 0
	for atomic.LoadInt32(flag) == 0 {
		n++
	}
	done <- 1
}

func main() {
	for _, procs := range []int{1, 2} {
		runtime.GOMAXPROCS(procs)
		var flag int32
		done := make(chan int)
		go spinUntilSet(&flag, done)
		runtime.Gosched()
		for i := 0; i < 3; i++ {
			runtime.GC()
		}
		runtime.GOMAXPROCS(procs)
		atomic.StoreInt32(&flag, 1)
		fmt.Println("GOMAXPROCS", procs, "spinner stopped:", <-done)
	}
}
