// Method values (x.M bound at evaluation, value receivers copied then) and
// method expressions (T.M, (*T).M) passed around as ordinary funcs.
package main

import "fmt"

type vec struct{ x, y int }

func (v vec) add(o vec) vec   { return vec{v.x + o.x, v.y + o.y} }
func (v vec) len2() int       { return v.x*v.x + v.y*v.y }
func (v *vec) scale(k int)    { v.x *= k; v.y *= k }
func (v *vec) get() (int, int) { return v.x, v.y }

type op func(int, int) int

type calc struct {
	name string
	acc  int
}

func (c *calc) apply(f op, v int) { c.acc = f(c.acc, v) }
func (c calc) show() string     { return fmt.Sprintf("%s=%d", c.name, c.acc) }

func apply2(f func(vec) int, vs []vec) []int {
	out := []int{}
	for _, v := range vs {
		out = append(out, f(v))
	}
	return out
}

func main() {
	v := vec{1, 2}
	l := v.len2 // copies v now
	v.x = 10
	fmt.Println(l(), v.len2())

	s := v.scale // binds &v
	s(2)
	s(3)
	fmt.Println(v)
	g := v.get
	v.y = -1
	fmt.Println(g())

	addTo := v.add
	v = vec{0, 0}
	fmt.Println(addTo(vec{1, 1}), v)

	lenExpr := vec.len2
	fmt.Println(apply2(lenExpr, []vec{{1, 1}, {2, 3}, {0, 5}}))
	addExpr := vec.add
	fmt.Println(addExpr(vec{1, 2}, vec{3, 4}))
	scaleExpr := (*vec).scale
	w := vec{2, 3}
	scaleExpr(&w, 5)
	fmt.Println(w)
	ptrLen := (*vec).len2 // value method through pointer type
	fmt.Println(ptrLen(&w))

	c := &calc{name: "c"}
	plus := func(a, b int) int { return a + b }
	times := func(a, b int) int { return a * b }
	c.apply(plus, 5)
	c.apply(times, 4)
	c.apply(op(func(a, b int) int { return a - b }), 1)
	fmt.Println(c.show())

	var shows []func() string
	calcs := []calc{{"a", 1}, {"b", 2}}
	for i := range calcs {
		shows = append(shows, calcs[i].show)
	}
	calcs[0].acc = 100
	for _, f := range shows {
		fmt.Print(f(), " ")
	}
	fmt.Println()

	var applies []func(op, int)
	for i := range calcs {
		applies = append(applies, calcs[i].apply)
	}
	applies[0](plus, 1)
	applies[1](times, 10)
	fmt.Println(calcs[0].show(), calcs[1].show())

	fns := map2([]vec{{1, 0}, {3, 4}}, vec.len2)
	fmt.Println(fns)
	fmt.Printf("%T %T\n", vec.add, (*vec).scale)
}

func map2(vs []vec, f func(vec) int) []int { return apply2(f, vs) }
