package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

// 10^5 goroutines join on one WaitGroup; each adds its index atomically.
func main() {
	const n = 100000
	var wg sync.WaitGroup
	var sum int64
	wg.Add(n)
	for i := 0; i < n; i++ {
		go func(i int) {
			defer wg.Done()
			atomic.AddInt64(&sum, int64(i))
		}(i)
	}
	wg.Wait()
	fmt.Println("sum", sum, "want", int64(n)*(n-1)/2)

	// Reuse of the same WaitGroup, with Wait called from several goroutines.
	var done sync.WaitGroup
	var waiters sync.WaitGroup
	done.Add(3)
	var woken int32
	for i := 0; i < 4; i++ {
		waiters.Add(1)
		go func() {
			done.Wait()
			atomic.AddInt32(&woken, 1)
			waiters.Done()
		}()
	}
	for i := 0; i < 3; i++ {
		go done.Done()
	}
	waiters.Wait()
	fmt.Println("woken", atomic.LoadInt32(&woken))
}
