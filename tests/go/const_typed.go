// Typed and untyped constants: default types, representability, %T.
package main

import "fmt"

type Celsius float64
type Name string

const boiling Celsius = 100
const nobody Name = "nobody"
const typed int32 = 1 << 20
const untypedRune = 'x'
const untypedFloat = 2.0

func main() {
	fmt.Printf("%T %T %T %T %T\n", 1, 2.0, 'c', "s", true)
	fmt.Printf("%T %T %T %T\n", boiling, nobody, typed, untypedRune)
	a := untypedFloat
	var b int = untypedFloat
	var c float32 = untypedFloat / 3
	fmt.Println(a, b, c)
	fmt.Printf("%T %T %T\n", a, b, c)
	fmt.Println(boiling*9/5+32, boiling/3)
	d := boiling - 40
	fmt.Printf("%v %T\n", d, d)
	fmt.Println(nobody+"!", len(nobody))
	var r rune = untypedRune + 1
	var by byte = untypedRune
	fmt.Println(r, by, string(r))
	const k = 1 << 40
	var f64 float64 = k
	fmt.Println(k/1024, f64)
	var i8 int8 = -1 << 7
	fmt.Println(i8)
	fmt.Println(typed>>10, typed*2)
	fmt.Println(untypedRune*2, untypedRune+0.5)
	var x uint = 3
	fmt.Println(1<<x, 1.0*2, 'a'*2)
}
