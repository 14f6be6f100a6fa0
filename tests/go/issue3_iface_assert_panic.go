package main

import "fmt"

func main() {
	var v interface{} = "hello"
	n, ok := v.(int)
	fmt.Println(n, ok)
	fmt.Println(v.(string))
	fmt.Println(v.(int))
}
