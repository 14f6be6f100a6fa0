// String() methods used by Println, Print, Sprint and Printf's %v and %s,
// but not by %d; value vs pointer receivers; Stringers nested in slices and
// structs.
package main

import "fmt"

type color int

func (c color) String() string {
	switch c {
	case 0:
		return "red"
	case 1:
		return "green"
	}
	return fmt.Sprintf("color(%d)", int(c))
}

type point struct{ x, y int }

func (p point) String() string { return fmt.Sprintf("(%d,%d)", p.x, p.y) }

type box struct{ w, h int }

func (b *box) String() string { return fmt.Sprintf("box[%dx%d]", b.w, b.h) }

type named struct {
	label string
	c     color
	p     point
}

type temp float64

func (t temp) String() string { return fmt.Sprintf("%.1f°C", float64(t)) }

type list []int

func (l list) String() string { return fmt.Sprintf("list of %d", len(l)) }

func main() {
	c := color(1)
	fmt.Println(c, color(0), color(7))
	fmt.Printf("%v %s %d %x|%5v|%-6s|\n", c, c, c, color(255), c, c)
	fmt.Print(c, " ", point{1, 2}, "\n")
	fmt.Println(fmt.Sprint(c), fmt.Sprintf("%v", point{3, 4}))

	p := point{5, 6}
	fmt.Println(p, &p)
	fmt.Printf("%v %+v %s\n", p, p, p)

	b := box{2, 3}
	fmt.Println(&b)
	fmt.Printf("%v %s\n", &b, &b)
	bs := []*box{{1, 1}, {4, 5}}
	fmt.Println(bs[0], bs[1])

	n := named{"n", 0, point{7, 8}}
	fmt.Println(n)
	fmt.Printf("%v %+v\n", n, n)

	cs := []color{0, 1, 2}
	fmt.Println(cs)
	fmt.Printf("%v %d\n", cs, cs)
	ps := [2]point{{1, 1}, {2, 2}}
	fmt.Println(ps)

	t := temp(21.55)
	fmt.Println(t)
	fmt.Printf("%v %s %.3f\n", t, t, t)

	l := list{1, 2, 3}
	fmt.Println(l)
	fmt.Printf("%v %d\n", l, l)

	var st fmt.Stringer = p
	fmt.Println(st, st.String())
	st = c
	fmt.Println(st)
	st = &b
	fmt.Println(st)
	fmt.Println(fmt.Sprintf("%10s|%-10v|", p, c))
}
