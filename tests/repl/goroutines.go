// The Go program equivalent to goroutines.in: its output is goroutines.out.
package main

import (
	"fmt"
	"runtime"
	"sync"
	"time"
)

func main() {
	squares := make(chan int)
	go func() {
		for i := 1; ; i++ {
			squares <- i * i
		}
	}()
	fmt.Println(<-squares)
	fmt.Println(<-squares)
	total := 0
	var mu sync.Mutex
	var wg sync.WaitGroup
	for i := 1; i <= 10; i++ {
		wg.Add(1)
		go func(n int) {
			defer wg.Done()
			mu.Lock()
			total += n
			mu.Unlock()
		}(i)
	}
	wg.Wait()
	fmt.Println(total)
	work := make(chan string)
	ack := make(chan bool)
	go func() {
		for w := range work {
			fmt.Println("worker got", w)
			ack <- true
		}
	}()
	work <- "first"
	fmt.Println(<-ack)
	work <- "second"
	fmt.Println(<-ack)
	timer := time.After(10 * time.Millisecond)
	fmt.Println(<-squares)
	fmt.Println(<-timer != time.Time{})
	fmt.Println(<-squares)
	// The session's input runs on a goroutine of its own, as main does here.
	fmt.Println(runtime.NumGoroutine())
}
