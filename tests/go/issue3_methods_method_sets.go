package main

import "fmt"

type Shape interface {
	Area() int
	Name() string
}

type Square struct{ S int }

func (s Square) Area() int     { return s.S * s.S }
func (s Square) Name() string  { return "square" }
func (s *Square) Grow(by int)  { s.S += by }

type Circle struct{ R int }

func (c *Circle) Area() int    { return 3 * c.R * c.R }
func (c *Circle) Name() string { return "circle" }

type Grower interface{ Grow(int) }

type GrowShape interface {
	Shape
	Grower
}

func describe(s Shape) string { return fmt.Sprintf("%s:%d", s.Name(), s.Area()) }

func main() {
	sq := Square{2}
	c := Circle{1}
	// Value type Square and pointer *Square both implement Shape; only *Circle does.
	shapes := []Shape{sq, &sq, &c}
	for _, s := range shapes {
		fmt.Println(describe(s))
	}
	sq.Grow(1)
	for _, s := range shapes {
		fmt.Println(describe(s))
	}
	// Only *Square implements Grower and GrowShape.
	var g GrowShape = &sq
	g.Grow(10)
	fmt.Println(describe(g), sq.S)
	var any interface{} = sq
	_, isGrower := any.(Grower)
	_, isShape := any.(Shape)
	fmt.Println(isGrower, isShape)
	any = &sq
	_, isGrower = any.(Grower)
	fmt.Println(isGrower)
	any = c
	_, isShape = any.(Shape)
	fmt.Println(isShape)
	any = &c
	gs, ok := any.(GrowShape)
	fmt.Println(gs, ok)
	// Converting between interface types.
	var s Shape = g
	g2, ok := s.(GrowShape)
	fmt.Println(ok, g2.Area())
	// An interface holding a value: the copy is independent.
	var held Shape = sq
	sq.Grow(100)
	fmt.Println(held.Area(), sq.Area())
}
