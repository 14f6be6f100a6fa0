// Named types declared inside functions (shadowing package-level ones),
// conversions between struct types with identical underlying types, methods
// on slice, func and map-free named types, and anonymous struct values.
package main

import "fmt"

type T struct{ a int }

func (t T) String() string { return fmt.Sprintf("pkgT(%d)", t.a) }

type intList []int

func (l *intList) push(v int) { *l = append(*l, v) }
func (l intList) sum() (s int) {
	for _, v := range l {
		s += v
	}
	return
}

type binop func(int, int) int

func (f binop) apply3(a, b, c int) int { return f(f(a, b), c) }

type celsius float64
type fahrenheit float64

func (c celsius) toF() fahrenheit { return fahrenheit(c*9/5 + 32) }

func main() {
	fmt.Println(T{1})
	{
		type T struct{ a int }
		t := T{2}
		fmt.Println(t)
		fmt.Printf("%v %+v\n", t, t)
		pt := T(struct{ a int }{3})
		fmt.Println(pt.a)
	}
	type point struct{ x, y int }
	type vec struct{ x, y int }
	p := point{1, 2}
	v := vec(p)
	v.x = 10
	fmt.Println(p, v)

	var l intList
	l.push(1)
	l.push(2)
	l.push(39)
	fmt.Println(l, l.sum(), len(l))
	ls := []int(l)
	ls[0] = 100
	fmt.Println(l.sum())

	add := binop(func(a, b int) int { return a + b })
	mul := binop(func(a, b int) int { return a * b })
	fmt.Println(add.apply3(1, 2, 3), mul.apply3(2, 3, 4))

	c := celsius(100)
	fmt.Println(c.toF(), celsius(-40).toF(), float64(c)+1)
	fmt.Printf("%.1f %v\n", c.toF(), c)

	people := []struct {
		name string
		age  int
	}{{"ann", 30}, {"bob", 25}}
	people[1].age++
	fmt.Println(people, people[1])
	anon := struct {
		X int
		Y []string
	}{1, []string{"a"}}
	fmt.Printf("%v %+v\n", anon, anon)
	type counter int
	var k counter
	k += 5
	k *= 2
	fmt.Println(k, int(k)+1)
	type fnType func() string
	var fs []fnType
	for i := 0; i < 3; i++ {
		j := i
		fs = append(fs, func() string { return fmt.Sprint("f", j) })
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
}
