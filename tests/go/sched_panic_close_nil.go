package main

import "fmt"

func main() {
	var ch chan int
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		c := make(chan int)
		close(c)
		close(c)
	}()
	close(ch)
}
