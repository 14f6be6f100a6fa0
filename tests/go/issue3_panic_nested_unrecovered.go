package main

import "fmt"

func cleanup(name string) {
	fmt.Println("cleanup", name)
	panic("cleanup " + name + " failed")
}

func main() {
	defer fmt.Println("last deferred still runs")
	defer cleanup("b")
	defer cleanup("a")
	panic("original")
}
