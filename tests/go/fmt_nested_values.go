// %v, %+v and %#v on nested composites: pointers to structs at top level
// and inside, nil slices and pointers, embedded structs, and Stringer/error
// fields (exported fields use the method, unexported ones cannot).
package main

import (
	"errors"
	"fmt"
)

type color int

func (c color) String() string { return fmt.Sprintf("C%d", int(c)) }

type inner struct {
	A int
	b string
}

type outer struct {
	Name  string
	In    inner
	Ptr   *inner
	List  []inner
	Col   color
	col   color
	Err   error
	err   error
	Any   interface{}
	inner // embedded
}

type failing struct{ msg string }

func (f *failing) Error() string { return "failing: " + f.msg }

func main() {
	in := inner{1, "x"}
	o := outer{Name: "o", In: in, Ptr: &in, List: []inner{in, {2, "y"}}, Col: 3, col: 4,
		Err: errors.New("bad"), err: errors.New("hidden"), Any: color(5), inner: inner{9, "e"}}
	fmt.Printf("%v\n", o.In)
	fmt.Printf("%+v\n", o.In)
	fmt.Printf("%#v\n", o.In)
	fmt.Printf("%v\n", o.List)
	fmt.Printf("%+v\n", o.List)
	fmt.Printf("%v %v\n", o.Col, o.col)
	fmt.Printf("%v|%v|%v\n", o.Err, o.err, o.Any)
	fmt.Printf("%v\n", &in)
	fmt.Printf("%+v\n", &in)
	var nilp *inner
	var nils []int
	var nilerr error
	fmt.Printf("%v %v %v %d\n", nilp, nils, nilerr, nils)
	fmt.Printf("%#v %#v\n", nils, []int{1, 2})
	fmt.Printf("%#v %#v %#v %#v\n", "s", 42, 1.5, true)
	fmt.Printf("%#v\n", color(2))
	fmt.Println(o.Name, o.In, o.Col, o.A, o.b, o.inner)
	var f *failing
	var e error = f
	fmt.Println(e == nil)
	fmt.Printf("%v|\n", e)
	e = &failing{"m"}
	fmt.Println(e)
	type pair struct {
		X, Y interface{}
	}
	fmt.Printf("%v %+v\n", pair{1, "a"}, pair{nil, []int{1}})
	fmt.Printf("%v\n", [][]string{{"a"}, {}, nil})
	fmt.Printf("%v %v\n", [2][2]int{{1, 2}, {3, 4}}, []*int{nil})
	fmt.Printf("%5v|%-5v|%05d\n", []int{1, 2}, []string{"a"}, []int{3, 4})
	fmt.Printf("%x %X %q\n", []string{"hi", "yo"}, "hi", []string{"a", "b"})
}
