// Go's order among the methods fmt calls: Format first, for every verb;
// then, for %#v, GoString; else Error before String for %v %s %q %x %X.
// GoString is called at every depth too.
package main

import (
	"errors"
	"fmt"
)

// All four methods: Format wins everywhere.
type All int

func (a All) Format(f fmt.State, verb rune) { fmt.Fprintf(f, "Format(%c)", verb) }
func (a All) GoString() string                { return "GoString" }
func (a All) String() string                  { return "String" }
func (a All) Error() string                   { return "Error" }

// No Format: GoString for %#v, Error before String otherwise.
type Three int

func (t Three) GoString() string { return "Three.GoString" }
func (t Three) String() string   { return "Three.String" }
func (t Three) Error() string    { return "Three.Error" }

type G struct{ n int }

func (g G) GoString() string { return fmt.Sprintf("G(%d)", g.n) }

type S struct{ n int }

func (s S) String() string { return fmt.Sprintf("S%d", s.n) }

type Box struct {
	A G
	B S
	C []G
	D map[string]G
	E *G
	F any
	h G
}

type PtrGo struct{}

func (*PtrGo) GoString() string { return "PtrGo!" }

func main() {
	a := All(1)
	fmt.Printf("%v %+v %#v %s %q %x %X %d %T\n", a, a, a, a, a, a, a, a, a)
	fmt.Println(a, []All{2}, error(a))
	t := Three(3)
	fmt.Printf("%v %+v %#v %s %q %x %d\n", t, t, t, t, t, t, t)
	fmt.Println(t, []Three{4})
	g := G{5}
	b := Box{A: G{1}, B: S{2}, C: []G{{3}}, D: map[string]G{"k": {4}}, E: &G{6}, F: G{7}, h: G{8}}
	fmt.Printf("%#v\n", g)
	fmt.Printf("%#v\n", b)
	b.E = nil
	fmt.Printf("%v\n%#v\n", b, b)
	fmt.Printf("%#v %#v\n", []G{{9}, {10}}, [1]G{{11}})
	fmt.Printf("%#v %v\n", &PtrGo{}, &PtrGo{})
	fmt.Printf("%#v\n", []*PtrGo{nil})
	var e error = Three(12)
	fmt.Printf("%v %#v\n", e, e)
	w := fmt.Errorf("w: %w", errors.New("base"))
	fmt.Printf("%v %s\n", w, []error{w})
}
