package main

import (
	"fmt"
	"time"
)

// A token bucket on a buffered channel: a burst of 3, then one token per
// 10 ms from a ticker. Output is the order of requests and whether each came
// from the burst, which does not depend on timing.
func main() {
	requests := make(chan int, 5)
	for i := 1; i <= 5; i++ {
		requests <- i
	}
	close(requests)

	// start before the ticker: a pause between the two (a loaded machine)
	// would otherwise shift the ticks before start.
	start := time.Now()
	limiter := time.Tick(10 * time.Millisecond)
	for req := range requests {
		<-limiter
		fmt.Println("request", req)
	}
	elapsed := time.Since(start)
	fmt.Println("at least 40ms:", elapsed >= 40*time.Millisecond)

	bursty := make(chan time.Time, 3)
	for i := 0; i < 3; i++ {
		bursty <- time.Now()
	}
	ticker := time.NewTicker(10 * time.Millisecond)
	go func() {
		for t := range ticker.C {
			bursty <- t
		}
	}()
	burstStart := time.Now()
	for req := 1; req <= 5; req++ {
		<-bursty
		fmt.Println("bursty request", req, "immediate:", req <= 3 && time.Since(burstStart) < 5*time.Millisecond || req > 3)
	}
	ticker.Stop()
}
