// runtime.GOMAXPROCS shrinking and growing while goroutines spin (some in
// calls, some in a bare loop): the goroutines on the Ps that go away move
// to the remaining ones, and preemption lets main run on a single P.
package main

import (
	"fmt"
	"runtime"
	"sync"
	"sync/atomic"
	"time"
)

var flag int32

func rec(n int) int {
	if n == 0 {
		return 1
	}
	return rec(n-1) + 1
}

func main() {
	runtime.GOMAXPROCS(4)
	var wg sync.WaitGroup
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			s := 0
			for {
				if atomic.LoadInt32(&flag) != 0 {
					break
				}
				if i%2 == 0 {
					s += rec(50)
				} else {
					s++
				}
			}
		}(i)
	}
	time.Sleep(20 * time.Millisecond)
	fmt.Println(runtime.GOMAXPROCS(1))
	time.Sleep(20 * time.Millisecond)
	fmt.Println(runtime.GOMAXPROCS(3))
	runtime.GC()
	fmt.Println(runtime.GOMAXPROCS(1))
	runtime.GC()
	atomic.StoreInt32(&flag, 1)
	wg.Wait()
	fmt.Println("done", runtime.GOMAXPROCS(0))
}
