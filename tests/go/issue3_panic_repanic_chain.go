package main

import "fmt"

type Err struct{ N int }

func (e Err) Error() string { return fmt.Sprintf("err #%d", e.N) }

func main() {
	defer func() {
		r := recover()
		fmt.Println("outer recovered:", r)
		panic(fmt.Sprintf("final after %v", r))
	}()
	defer func() {
		r := recover()
		fmt.Println("inner recovered:", r)
		panic(Err{2})
	}()
	panic(Err{1})
}
