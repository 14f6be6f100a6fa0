package main

import "fmt"

func main() {
	x := 1.0
	for i := 0; i < 3; i++ {
		x *= -2.5
	}
	fmt.Println(x)
	panic(x)
}
