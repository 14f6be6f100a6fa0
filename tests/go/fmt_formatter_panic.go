// A panicking Format method: what it wrote before the panic stays, then
// %!verb(PANIC=Format method: value); a nil pointer receiver prints <nil>;
// panic(nil) prints nothing more.
package main

import (
	"errors"
	"fmt"
)

type Boom struct{ msg string }

func (b Boom) Format(f fmt.State, verb rune) {
	fmt.Fprint(f, "partial-")
	if b.msg == "" {
		panic(nil)
	}
	panic(b.msg)
}

type ErrBoom struct{}

func (ErrBoom) Format(f fmt.State, verb rune) {
	panic(errors.New("bad format"))
}

type V struct{ n int }

func (v V) Format(f fmt.State, verb rune) { fmt.Fprintf(f, "V%d", v.n) }

type Index struct{ i int }

func (x Index) Format(f fmt.State, verb rune) {
	a := []int{1}
	fmt.Fprint(f, a[x.i])
}

func main() {
	fmt.Printf("[%v] [%5d]\n", Boom{"oops"}, Boom{"x"})
	fmt.Println([]Boom{{"a"}, {""}}, "after")
	fmt.Println(ErrBoom{})
	var vp *V
	fmt.Printf("%v|%+v|%s\n", vp, vp, []*V{vp, &V{3}})
	fmt.Println(Index{5})
	fmt.Println(fmt.Sprintf("%x!", []any{Index{0}, Index{1}, V{4}}))
	defer func() {
		fmt.Println("recovered:", recover())
	}()
	panic(Boom{"final"})
}
