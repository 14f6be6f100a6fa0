package main

import (
	"fmt"
	"os"
)

func main() {
	defer fmt.Println("never printed")
	func() {
		defer fmt.Println("inner deferred runs")
	}()
	fmt.Println("exiting with 3")
	os.Exit(3)
}
