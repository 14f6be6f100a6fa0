package main

import "fmt"

type Reason string

func main() {
	defer func() {
		fmt.Println("deferred 1")
	}()
	defer fmt.Println("deferred 2")
	panic(Reason("out of \"cheese\""))
}
