// runtime.Goexit in the main goroutine: its deferred calls run, the other
// goroutines go on, and when the last one ends the program dies.
package main

import (
	"fmt"
	"runtime"
)

func main() {
	step := make(chan int)
	finished := make(chan bool)
	start := make(chan bool)
	go func() {
		<-start
		for i := range step {
			fmt.Println("worker got", i)
		}
		fmt.Println("worker done")
		finished <- true
	}()
	go func() {
		for i := 0; i < 3; i++ {
			step <- i
		}
		close(step)
		<-finished
		fmt.Println("feeder done")
	}()
	defer close(start)
	defer fmt.Println("main's deferred call")
	runtime.Goexit()
	fmt.Println("never")
}
