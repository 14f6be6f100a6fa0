// A program that never ends by itself, for tests/signals/signals.py: two
// goroutines blocked on a channel, one sleeping, one spinning, and main
// blocked on a receive. It prints "ready" once every goroutine has started.
package main

import (
	"fmt"
	"time"
)

func worker(c chan int, started chan bool) {
	started <- true
	<-c
}

func sleeper(started chan bool) {
	started <- true
	time.Sleep(time.Hour)
}

func spin(n *int, started chan bool) {
	started <- true
	for {
		*n++
	}
}

func main() {
	c := make(chan int)
	started := make(chan bool)
	go worker(c, started)
	go worker(c, started)
	go sleeper(started)
	n := 0
	go spin(&n, started)
	for i := 0; i < 4; i++ {
		<-started
	}
	fmt.Println("ready")
	never := make(chan int)
	<-never
}
