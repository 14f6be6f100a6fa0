package main

import (
	"errors"
	"fmt"
)

type S struct{ N int }

func (s S) String() string { return fmt.Sprintf("S<%d>", s.N) }

type E struct{ N int }

func (e E) Error() string  { return fmt.Sprintf("E!%d", e.N) }
func (e E) String() string { return "E as stringer" }

type PS struct{ N int }

func (p *PS) String() string { return "PS pointer" }

type G struct{ N int }

func (g G) GoString() string { return "G-go-string" }
func (g G) String() string   { return "G-string" }

type Bad struct{}

func (Bad) String() string { panic("boom") }

type NilStr struct{ v *int }

func (n *NilStr) String() string { return fmt.Sprint("value ", *n.v) }

type Level int

func (l Level) String() string { return [...]string{"low", "mid", "high"}[l] }

type Inner struct{ S S }
type Holder struct {
	A S
	B *PS
	C error
	D fmt.Stringer
}

func main() {
	s := S{1}
	fmt.Println(s, &s)
	fmt.Printf("%v %s %d %+v %#v %q\n", s, s, s, s, s, s)
	// error wins over String.
	e := E{2}
	fmt.Println(e)
	fmt.Printf("%v %s %+v %#v\n", e, e, e, e)
	// Pointer-receiver String: only called for pointers.
	ps := PS{3}
	fmt.Println(ps, &ps)
	fmt.Printf("%v %v %+v\n", ps, &ps, ps)
	// GoStringer for %#v.
	g := G{4}
	fmt.Printf("%v %#v\n", g, g)
	// Panicking String method.
	fmt.Println(Bad{})
	fmt.Printf("[%v] [%s] [%d]\n", Bad{}, Bad{}, Bad{})
	// Nil pointer receiver that dereferences: fmt prints <nil>.
	var np *NilStr
	fmt.Println(np)
	fmt.Printf("%v %s\n", np, np)
	// Panic from a non-nil receiver with a nil field.
	fmt.Println(&NilStr{})
	// Stringer inside containers and structs.
	fmt.Println([]S{{1}, {2}}, map[S]int{{3}: 1}, [1]Level{2})
	fmt.Println(Inner{S{5}}, Holder{S{6}, &PS{}, E{7}, Level(1)})
	fmt.Printf("%+v\n", Holder{})
	// %d and %x on a Stringer with an integer kind bypass String.
	fmt.Printf("%v %d %x %s %q\n", Level(2), Level(2), Level(1), Level(0), Level(1))
	// errors.New and Errorf in containers.
	errs := []error{errors.New("a"), nil, fmt.Errorf("b %d", 1)}
	fmt.Println(errs)
	fmt.Printf("%v %q\n", errs, errs)
	// Sprint spacing with Stringers (operands not strings).
	fmt.Print(s, s, "\n")
	fmt.Print("x", s, "y", 1, 2, "\n")
	fmt.Println(fmt.Sprint(Level(0), Level(1)), fmt.Sprint("a", "b"), fmt.Sprint(1, 2))
	// Wrong verb on a Stringer value.
	fmt.Printf("%t %e\n", s, s)
}
