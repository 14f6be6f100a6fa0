// runtime.GOMAXPROCS changes the number of Ps while goroutines run: it
// returns the previous setting, n < 1 only asks, and goroutines queued on
// the Ps that go away still run.
package main

import (
	"fmt"
	"runtime"
	"sync"
	"sync/atomic"
)

func spin(n int) int {
	s := 0
	for i := 0; i < n; i++ {
		s += i % 7
	}
	return s
}

func main() {
	runtime.GOMAXPROCS(4)
	fmt.Println("now", runtime.GOMAXPROCS(0))

	var total int64
	var wg sync.WaitGroup
	settings := []int{1, 3, 2, 8, 1, 4}
	for round, n := range settings {
		for g := 0; g < 20; g++ {
			wg.Add(1)
			go func(g int) {
				defer wg.Done()
				atomic.AddInt64(&total, int64(spin(20000+g)))
				runtime.Gosched()
				atomic.AddInt64(&total, 1)
			}(g)
		}
		prev := runtime.GOMAXPROCS(n)
		fmt.Println("round", round, "previous", prev, "now", runtime.GOMAXPROCS(0))
	}
	wg.Wait()
	fmt.Println("total", atomic.LoadInt64(&total))
	fmt.Println("same", runtime.GOMAXPROCS(4), runtime.GOMAXPROCS(4), runtime.GOMAXPROCS(-1))

	// Goroutines blocked on channels while the Ps change.
	ping, pong := make(chan int), make(chan int)
	go func() {
		for v := range ping {
			pong <- v * 2
		}
		close(pong)
	}()
	sum := 0
	for i := 0; i < 100; i++ {
		if i%10 == 0 {
			runtime.GOMAXPROCS(1 + i/10%3)
		}
		ping <- i
		sum += <-pong
	}
	close(ping)
	_, open := <-pong
	fmt.Println("sum", sum, "open", open, "procs", runtime.GOMAXPROCS(0))
}
