// Named types, conversions between types with the same underlying type,
// and type declarations inside functions.
package main

import "fmt"

type Meters float64
type Feet float64
type Grid [2][2]int
type Names []string
type Handler func(string) int
type Temp struct{ Deg float64 }
type Reading Temp

func main() {
	m := Meters(100)
	f := Feet(m * 3.28084)
	fmt.Println(m, f)
	fmt.Printf("%T %T %.2f\n", m, f, float64(f)-float64(m))
	var g Grid
	g[0][1] = 5
	raw := [2][2]int(g)
	raw[0][1] = 6
	fmt.Println(g, raw)
	fmt.Printf("%T %T\n", g, raw)
	ns := Names{"b", "a"}
	plain := []string(ns)
	plain[0] = "z"
	fmt.Println(ns, len(ns))
	var h Handler = func(s string) int { return len(s) }
	fmt.Println(h("four"))
	t := Temp{21.5}
	r := Reading(t)
	r.Deg++
	fmt.Println(t, r)
	fmt.Printf("%T %T %+v\n", t, r, r)
	type Local int
	var l Local = 3
	fmt.Printf("%v %T\n", l*2, l)
	type Alias = int
	var al Alias = 4
	fmt.Printf("%v %T\n", al, al)
	var by byte = 65
	var u8 uint8 = by
	var ru rune = 'A'
	var i32 int32 = ru
	fmt.Printf("%T %T %v %v\n", by, ru, u8, i32)
}
