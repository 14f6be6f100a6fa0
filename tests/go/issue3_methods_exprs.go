package main

import (
	"fmt"
	"strings"
)

type Vec struct{ X, Y int }

func (v Vec) Add(o Vec) Vec      { return Vec{v.X + o.X, v.Y + o.Y} }
func (v Vec) String() string     { return fmt.Sprintf("(%d,%d)", v.X, v.Y) }
func (v *Vec) Scale(k int)       { v.X *= k; v.Y *= k }
func (v Vec) Dot(o Vec) (r int)  { r = v.X*o.X + v.Y*o.Y; return }
func (v *Vec) Swap() (int, int) { v.X, v.Y = v.Y, v.X; return v.X, v.Y }

type Stringer interface{ String() string }

func main() {
	add := Vec.Add
	fmt.Println(add(Vec{1, 2}, Vec{3, 4}))
	fmt.Printf("%T\n", add)
	scale := (*Vec).Scale
	fmt.Printf("%T\n", scale)
	v := Vec{1, 1}
	scale(&v, 5)
	fmt.Println(v)
	// (*T).M for a value method.
	padd := (*Vec).Add
	fmt.Printf("%T %v\n", padd, padd(&v, Vec{1, 1}))
	dot := Vec.Dot
	fmt.Println(dot(Vec{2, 3}, Vec{4, 5}))
	swap := (*Vec).Swap
	a, b := swap(&v)
	fmt.Println(a, b, v)
	// Method expressions of an interface type.
	str := Stringer.String
	fmt.Printf("%T %s\n", str, str(Vec{7, 8}))
	// Method expressions used as higher-order functions.
	vs := []Vec{{1, 0}, {0, 1}, {2, 2}}
	total := Vec{}
	for _, x := range vs {
		total = Vec.Add(total, x)
	}
	fmt.Println(total)
	for i := range vs {
		(*Vec).Scale(&vs[i], 10)
	}
	fmt.Println(vs)
	// Methods of other packages' types as expressions.
	up := strings.ToUpper
	rep := (*strings.Replacer).Replace
	r := strings.NewReplacer("a", "1", "b", "2")
	fmt.Println(up("abc"), rep(r, "aabbc"))
	var sb strings.Builder
	write := (*strings.Builder).WriteString
	write(&sb, "hello ")
	write(&sb, "world")
	fmt.Println(sb.String(), sb.Len())
	// Func-typed table of method expressions.
	table := map[string]func(Vec, Vec) Vec{"add": Vec.Add}
	fmt.Println(table["add"](Vec{1, 1}, Vec{2, 2}))
}
