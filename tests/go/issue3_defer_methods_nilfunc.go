package main

import "fmt"

type Closer interface{ Close() string }

type File struct{ name string }

func (f *File) Close() string {
	fmt.Println("closing", f.name)
	return f.name
}

type Conn struct{ id int }

func (c Conn) Close() string {
	fmt.Println("conn close", c.id)
	return ""
}

func deferInterface() {
	var c Closer = &File{"a.txt"}
	defer c.Close() // c evaluated now
	c = Conn{1}
	defer c.Close()
	fmt.Println("body done")
}

func deferNilFunc() {
	defer func() { fmt.Println("recovered:", recover()) }()
	var f func()
	defer f() // panics only when the deferred call runs
	fmt.Println("deferred a nil func without panicking yet")
}

func deferNilIface() {
	defer func() { fmt.Println("recovered:", recover()) }()
	var c Closer
	defer c.Close() // method lookup on a nil interface panics at the defer statement
	fmt.Println("unreachable")
}

func deferMethodValue() {
	f := &File{"b.txt"}
	cl := f.Close
	f = &File{"c.txt"}
	defer cl()
	defer f.Close()
}

func deferResultIgnored() int {
	x := 1
	defer func() int { x = 2; return x }()
	return x
}

func main() {
	deferInterface()
	deferNilFunc()
	deferNilIface()
	deferMethodValue()
	fmt.Println(deferResultIgnored())
}
