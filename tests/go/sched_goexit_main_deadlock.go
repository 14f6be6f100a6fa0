// runtime.Goexit in the main goroutine while another goroutine then blocks
// for ever: Go's ordinary deadlock report.
package main

import (
	"fmt"
	"runtime"
)

func main() {
	c := make(chan int)
	go func() {
		c <- 1
		c <- 2
	}()
	go func() { fmt.Println("received", <-c) }()
	runtime.Goexit()
}
