// The Go program equivalent to decls.in: its output is decls.out. Names the
// session declares twice are numbered here.
package main

import (
	"fmt"
	"strconv"
)

func add(a, b int) int  { return a + b }
func twice(n int) int   { return add(n, n) }
func add2(a, b int) int { return a * b }

const limit = 3

type celsius float64

func (c celsius) String() string { return strconv.FormatFloat(float64(c), 'f', 1, 64) + "°C" }

type stack struct{ items []int }

func (s *stack) push(v int) { s.items = append(s.items, v) }
func (s *stack) pop() int {
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v
}

type shape interface{ area() float64 }
type rect struct{ w, h float64 }
type rect2 struct{ w, h float64 }

func (r rect) area() float64  { return r.w * r.h }
func (r rect2) area() float64 { return 2 * (r.w + r.h) }

type celsius2 int

func main() {
	fmt.Println(add(2, 3))
	fmt.Println(twice(4))
	fmt.Println(add2(2, 3))
	fmt.Println(twice(4))
	fmt.Println(celsius(21.5))
	temps := []celsius{10, 12.5}
	fmt.Println(temps)
	var st stack
	for i := 0; i < limit; i++ {
		st.push(i * i)
	}
	fmt.Println(st.pop())
	fmt.Println(st)
	x := 1
	inc := func() int { x++; return x }
	fmt.Println(inc())
	fmt.Println(inc())
	fmt.Println(x)
	x2 := "now a string"
	fmt.Println(x2)
	fmt.Println(inc())
	var (
		a = 1
		b = a + 1
	)
	fmt.Println(a + b)
	a, b = b, a
	fmt.Println(a)
	// Before the method exists, rect is no shape.
	fmt.Println(false)
	var sh interface{} = rect{2, 3}
	_, isShape := sh.(shape)
	fmt.Println(isShape)
	fmt.Println(sh.(shape).area())
	fmt.Println(shape(rect2{2, 3}).area())
	fmt.Println("init runs once, with its input")
	fmt.Println(celsius2(3))
	fmt.Println(temps)
	poem := `raw strings
span lines`
	fmt.Println(poem)
	fmt.Println(add2(
		20,
		1,
	))
}
