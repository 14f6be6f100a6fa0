// Goroutine spawn: start 10^5 goroutines that each add to a shared atomic
// counter and join them with a WaitGroup. Measures creating, scheduling and
// ending a goroutine. (Go only: no peer has goroutines.)
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

func main() {
	const n = 100000
	var wg sync.WaitGroup
	var sum int64
	wg.Add(n)
	for i := 0; i < n; i++ {
		go func(i int) {
			atomic.AddInt64(&sum, int64(i))
			wg.Done()
		}(i)
	}
	wg.Wait()
	fmt.Println("goroutines", n, "sum", sum)
}
