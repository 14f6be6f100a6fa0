package main

import "fmt"

func get(s []int, i int) (v int) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("get recovered:", r)
			panic(r)
		}
	}()
	return s[i]
}

func main() {
	s := []int{1, 2, 3}
	fmt.Println(get(s, 1))
	fmt.Println(get(s, 5))
}
