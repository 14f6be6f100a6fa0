// Format is called at every depth fmt reaches an operand through an
// interface: slice and array elements, map keys and values, exported
// struct fields, the target of a top-level pointer; not through
// unexported fields.
package main

import "fmt"

type F int

func (x F) Format(s fmt.State, verb rune) {
	fmt.Fprintf(s, "F%d/%c", int(x), verb)
	if s.Flag('+') {
		fmt.Fprint(s, "+")
	}
	if s.Flag('#') {
		fmt.Fprint(s, "#")
	}
}

// Only a pointer has Format.
type P struct{ n int }

func (p *P) Format(s fmt.State, verb rune) {
	if p == nil {
		fmt.Fprint(s, "P(nil)")
		return
	}
	fmt.Fprintf(s, "P%d", p.n)
}

type Inner struct {
	X F
	y F
}

type Outer struct {
	In   Inner
	Ptr  *P
	Val  P
	List []F
	M    map[string]F
	Any  any
}

func main() {
	fs := []F{1, 2, 3}
	fmt.Println(fs)
	fmt.Printf("%v|%d|%+v|%#v|%x\n", fs, fs, fs, fs, fs)
	fmt.Println([2]F{4, 5}, []any{F(6), "s", 7, F(8)})
	m := map[F]F{3: 30, 1: 10, 2: 20}
	fmt.Println(m)
	fmt.Printf("%v %#v\n", m, map[string]F{"b": 2, "a": 1})
	in := Inner{X: 9, y: 10}
	fmt.Printf("%v %+v %#v\n", in, in, in)
	fmt.Printf("%v %+v\n", &in, &in)
	p := &P{11}
	fmt.Println(p, *p, []*P{p, nil}, P{12})
	var np *P
	fmt.Println(np)
	fmt.Printf("%v %d %s\n", np, np, np)
	o := Outer{In: Inner{13, 14}, Ptr: &P{15}, Val: P{16}, List: []F{17}, M: map[string]F{"k": 18}, Any: F(19)}
	fmt.Printf("%v\n%+v\n", o, o)
	fmt.Println(&o)
	var nilAny any = (*P)(nil)
	fmt.Println(nilAny, []any{nilAny})
	pp := &p
	fmt.Printf("%v\n", **pp)
	ff := F(20)
	fmt.Println(&ff == nil, fmt.Sprint(ff))
}
