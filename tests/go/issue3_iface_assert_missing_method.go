package main

import "fmt"

type Speaker interface {
	Speak() string
	Volume() int
}

type Cat struct{}

func (Cat) Speak() string { return "meow" }

func main() {
	var v interface{} = Cat{}
	fmt.Println(v.(Cat).Speak())
	s := v.(Speaker)
	fmt.Println(s.Speak())
}
