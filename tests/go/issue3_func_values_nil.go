package main

import (
	"fmt"
	"strings"
)

type Handler func(string) string

type Server struct {
	OnStart func()
	Handle  Handler
}

func (h Handler) Or(def Handler) Handler {
	if h == nil {
		return def
	}
	return h
}

func main() {
	var f func(int) int
	fmt.Println(f == nil, f != nil)
	f = func(x int) int { return x + 1 }
	fmt.Println(f == nil, f(1))
	f = nil
	fmt.Println(f == nil)
	var s Server
	fmt.Println(s.OnStart == nil, s.Handle == nil)
	if s.OnStart != nil {
		s.OnStart()
	}
	h := s.Handle.Or(strings.ToUpper)
	fmt.Println(h("abc"), h != nil)
	// Nil funcs in slices and maps.
	fs := make([]func() string, 3)
	fs[1] = func() string { return "one" }
	for i, fn := range fs {
		if fn == nil {
			fmt.Println(i, "nil")
			continue
		}
		fmt.Println(i, fn())
	}
	m := map[string]func() int{}
	fmt.Println(m["missing"] == nil)
	// Printing func values.
	var nf func()
	fmt.Printf("%v %T %t\n", nf, nf, nf == nil)
	// Function values in an interface: nil func is not a nil interface.
	var i interface{} = nf
	fmt.Println(i == nil, i != nil)
	// Calling a nil func panics.
	defer func() {
		fmt.Println("recovered:", recover())
		fmt.Println("done")
	}()
	var g func() int
	fmt.Println("about to call nil")
	g()
}
