// User-defined interfaces: dynamic dispatch through value and pointer
// receivers, interfaces embedding interfaces, interface values compared with
// == and nil, interfaces stored in slices and struct fields.
package main

import "fmt"

type shape interface {
	area() float64
	name() string
}

type scaler interface {
	shape
	scale(k float64)
}

type rect struct{ w, h float64 }
type circle struct{ r float64 }
type square struct{ rect }

func (r rect) area() float64     { return r.w * r.h }
func (r rect) name() string      { return "rect" }
func (r *rect) scale(k float64)  { r.w *= k; r.h *= k }
func (c *circle) area() float64  { return 3 * c.r * c.r }
func (c *circle) name() string   { return "circle" }
func (c *circle) scale(k float64) { c.r *= k }
func (s square) name() string    { return "square" }

type counter interface{ next() int }
type seq struct{ n, step int }

func (s *seq) next() int { s.n += s.step; return s.n }

func total(shapes []shape) float64 {
	t := 0.0
	for _, s := range shapes {
		t += s.area()
	}
	return t
}

type holder struct {
	s     shape
	label string
}

func describe(s shape) string {
	if s == nil {
		return "nil shape"
	}
	return fmt.Sprintf("%s:%.1f", s.name(), s.area())
}

func main() {
	r := rect{2, 3}
	c := &circle{1}
	sq := square{rect{2, 2}}
	shapes := []shape{r, c, sq, &r}
	for _, s := range shapes {
		fmt.Print(describe(s), " ")
	}
	fmt.Println(total(shapes))

	r.w = 10 // shapes[0] holds a copy, shapes[3] a pointer
	fmt.Println(shapes[0].area(), shapes[3].area())

	scalers := []scaler{&r, c, &sq}
	for _, s := range scalers {
		s.scale(2)
	}
	fmt.Println(r, *c, sq, describe(scalers[2]))

	var s1 shape = rect{1, 1}
	var s2 shape = rect{1, 1}
	var s3 shape = c
	var s4 shape = c
	var s5 shape = &circle{1}
	fmt.Println(s1 == s2, s3 == s4, s3 == s5, s1 != s3)
	var none shape
	fmt.Println(none == nil, describe(none), s1 != nil)
	var sc scaler = c
	s3 = sc
	fmt.Println(s3 == s4, s3.name())

	h := holder{s: sq, label: "h"}
	h2 := h
	h2.s = c
	fmt.Println(h.s.name(), h2.s.name(), describe(h.s))

	var ct counter = &seq{0, 3}
	a, b := ct.next(), ct.next()
	fmt.Println(a, b, ct.next())
	gen := ct.next
	gen()
	fmt.Println(ct.next())

	var ifs []interface{} = []interface{}{1, "a", r, nil, 2.5}
	fmt.Println(ifs...)
	fmt.Println(ifs[0] == 1, ifs[1] == "a", ifs[3] == nil, ifs[0] == ifs[4])
	var e1, e2 interface{} = int8(1), int16(1)
	fmt.Println(e1 == e2, e1 == int8(1))
}
