package main

import "fmt"

// runtimeError has the method set of runtime.Error.
type runtimeError interface {
	error
	RuntimeError()
}

type I interface{ M() }
type J interface {
	M()
	N()
}
type T struct{}

func (T) M() {}

type U int

func (*U) M() {}

type Str string

func try(name string, f func()) {
	defer func() {
		r := recover()
		fmt.Printf("%s: %v\n", name, r)
		if re, ok := r.(runtimeError); ok {
			fmt.Println("  runtime.Error:", re.Error())
		}
	}()
	f()
}

func main() {
	var e interface{} = "s"
	try("string as int", func() { _ = e.(int) })
	try("string as named", func() { _ = e.(Str) })
	try("nil as int", func() { var n interface{}; _ = n.(int) })
	try("nil as I", func() { var n interface{}; _ = n.(I) })
	try("nil I as T", func() { var i I; _ = i.(T) })
	try("T as J", func() { var i I = T{}; _ = i.(J) })
	try("int as I", func() { e = 5; _ = e.(I) })
	try("U as I", func() { e = U(1); _ = e.(I) })
	try("*U as T", func() { var u U; var i I = &u; _ = i.(T) })
	try("T as *T", func() { var i I = T{}; _ = i.(*T) })
	try("slice", func() { e = []string{}; _ = e.([]int) })
	try("map", func() { e = map[string]int{}; _ = e.(map[string]bool) })
	try("func", func() { e = func(int) string { return "" }; _ = e.(func()) })
	try("anon struct", func() { e = struct{ A int }{1}; _ = e.(struct{ B int }) })
	try("ok path", func() { e = T{}; _ = e.(I) })
}
