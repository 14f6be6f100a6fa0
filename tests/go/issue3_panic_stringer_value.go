package main

import "fmt"

type State struct {
	Name string
	Code int
}

func (s State) String() string { return fmt.Sprintf("state %s (%d)", s.Name, s.Code) }

func main() {
	s := State{"broken", 42}
	fmt.Println(s)
	panic(s)
}
