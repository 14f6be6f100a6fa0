package main

import "fmt"

type T struct{ n int }

func (t T) Val() int   { return t.n }
func (t *T) Ptr() int  { return t.n }
func (t *T) Set(n int) { t.n = n }

type Num int

func (n Num) Twice() Num { return n * 2 }

func apply(f func() int) int { return f() }

func main() {
	t := T{1}
	val := t.Val // receiver copied now
	ptr := t.Ptr // &t captured now
	t.n = 2
	fmt.Println(val(), ptr(), t.Val())
	p := &T{10}
	pv := p.Val // *p copied now
	pp := p.Ptr
	p.Set(20)
	fmt.Println(pv(), pp())
	// Re-pointing the variable does not affect the bound value.
	p = &T{30}
	fmt.Println(pv(), pp(), p.Ptr())
	// Method values in slices and maps.
	a, b := T{1}, T{2}
	fs := []func() int{a.Val, b.Val, (&a).Ptr}
	a.n = 100
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	setters := map[string]func(int){"a": a.Set, "b": b.Set}
	setters["a"](7)
	setters["b"](8)
	fmt.Println(a, b)
	// Passing method values as func arguments.
	fmt.Println(apply(T{5}.Val), apply((&T{6}).Ptr))
	n := Num(21)
	tw := n.Twice
	n = 0
	fmt.Println(tw(), n.Twice())
	// A method value of an interface binds the dynamic value at evaluation.
	type Valer interface{ Val() int }
	var v Valer = T{3}
	f := v.Val
	v = T{4}
	fmt.Println(f(), v.Val())
	// Method values are not comparable, but can be compared to nil through a variable.
	var g func() int
	fmt.Println(g == nil)
	g = t.Val
	fmt.Println(g != nil, g())
	// Method value evaluated on a nil pointer for a value method panics at evaluation.
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		var np *T
		h := np.Ptr // fine: pointer receiver
		fmt.Println("pointer method value on nil ok", h != nil)
		k := np.Val // dereferences now
		fmt.Println("unreachable", k())
	}()
}
