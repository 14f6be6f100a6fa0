package main

import "fmt"

func main() {
	// In Go 1.19, panic(nil) is recovered as nil: the recover() != nil idiom misses it.
	func() {
		defer func() {
			r := recover()
			fmt.Println("recovered:", r, r == nil)
		}()
		panic(nil)
	}()
	fmt.Println("continuing")
	var e error
	panic(e)
}
