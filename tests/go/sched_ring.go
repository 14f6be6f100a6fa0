package main

import "fmt"

// Four goroutines print 1 2 3 4 in turn over a ring of channels, 3 rounds.
func main() {
	const n = 4
	const rounds = 3
	ring := make([]chan int, n)
	for i := range ring {
		ring[i] = make(chan int)
	}
	done := make(chan struct{})
	for i := 0; i < n; i++ {
		go func(id int) {
			for {
				turn, ok := <-ring[id]
				if !ok {
					return
				}
				fmt.Println("goroutine", id+1, "turn", turn)
				if turn == n*rounds {
					close(done)
					return
				}
				ring[(id+1)%n] <- turn + 1
			}
		}(i)
	}
	ring[0] <- 1
	<-done
	fmt.Println("done")
}
