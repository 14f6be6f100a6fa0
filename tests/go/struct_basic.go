// Structs: nested and anonymous structs, comparison, value copies, printing.
package main

import "fmt"

type Point struct {
	X, Y int
}

type Rect struct {
	Min, Max Point
	Name     string
}

type Person struct {
	Name    string
	Age     int
	Address struct {
		City string
		Zip  int
	}
	Tags []string
}

func move(p Point, dx int) Point {
	p.X += dx
	return p
}

func main() {
	p := Point{1, 2}
	q := p
	q.X = 10
	fmt.Println(p, q, p == q, p == Point{1, 2})
	r := Rect{Min: Point{0, 0}, Max: Point{3, 4}, Name: "box"}
	fmt.Println(r)
	fmt.Printf("%v|%+v\n", r, r)
	r2 := r
	r2.Max.Y = 40
	fmt.Println(r.Max.Y, r2.Max.Y, r == r2)
	fmt.Println(move(p, 5), p)
	anon := struct {
		A int
		B string
	}{7, "seven"}
	fmt.Println(anon, anon.B)
	fmt.Printf("%+v %T\n", anon, anon)
	var per Person
	per.Name = "Ada"
	per.Address.City = "London"
	per.Tags = append(per.Tags, "math")
	fmt.Printf("%v\n%+v\n", per, per)
	var zero Rect
	fmt.Println(zero, zero == Rect{})
	pts := []Point{{1, 1}, {2, 2}}
	for _, pt := range pts {
		pt.X = 100
	}
	fmt.Println(pts)
	for i := range pts {
		pts[i].X = 100
	}
	fmt.Println(pts)
	type local struct {
		ok   bool
		vals [2]float64
	}
	l := local{true, [2]float64{1.5, 2}}
	fmt.Println(l)
	fmt.Printf("%+v\n", l)
	empty := struct{}{}
	fmt.Println(empty, struct{}{} == empty)
	nested := struct{ In struct{ V int } }{}
	nested.In.V = 3
	fmt.Printf("%v %+v\n", nested, nested)
}
