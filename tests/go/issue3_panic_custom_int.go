package main

import "fmt"

type Code int

func main() {
	var c Code = -17
	fmt.Println(c)
	panic(c)
}
