// Channel ping-pong: two goroutines bounce a counter over two unbuffered
// channels, 10^6 messages in all (500000 round trips). Measures the cost of
// a blocking send/receive pair and the switch between goroutines.
package main

import "fmt"

func main() {
	const roundTrips = 500000
	ping := make(chan int)
	pong := make(chan int)
	go func() {
		for v := range ping {
			pong <- v + 1
		}
		close(pong)
	}()
	v := 0
	for i := 0; i < roundTrips; i++ {
		ping <- v
		v = <-pong
	}
	close(ping)
	fmt.Println("messages", 2*roundTrips, "value", v)
}
