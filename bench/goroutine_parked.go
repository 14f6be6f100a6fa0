// Memory per parked goroutine: 10^5 goroutines blocked on one channel at the
// same time. The peak RSS of the run, less a hello world's, over 10^5 is the
// cost of a parked goroutine (its stack and its G). (Go only: no peer has
// goroutines.)
package main

import (
	"fmt"
	"sync"
)

func main() {
	const n = 100000
	release := make(chan struct{})
	var parked, done sync.WaitGroup
	parked.Add(n)
	done.Add(n)
	for i := 0; i < n; i++ {
		go func() {
			parked.Done()
			<-release
			done.Done()
		}()
	}
	parked.Wait()
	close(release)
	done.Wait()
	fmt.Println("parked goroutines:", n)
}
