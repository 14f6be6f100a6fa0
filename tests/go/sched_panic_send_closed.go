package main

import "fmt"

func main() {
	ch := make(chan int, 1)
	done := make(chan bool)
	go func() {
		defer func() {
			fmt.Println("recovered:", recover())
			done <- true
		}()
		close(ch)
		ch <- 1
	}()
	<-done
	v, ok := <-ch
	fmt.Println(v, ok)
	ch <- 2
}
