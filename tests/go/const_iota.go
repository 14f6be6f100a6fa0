// iota patterns: skipping, expressions, typed iota, implicit repetition.
package main

import "fmt"

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
	Wednesday
	Thursday
	Friday
	Saturday
)

type ByteSize float64

const (
	_           = iota
	KB ByteSize = 1 << (10 * iota)
	MB
	GB
	TB
)

const (
	KiB = 1 << (10 * (iota + 1))
	MiB
	GiB
)

const (
	a = iota * 10
	b
	_
	d
	e = "str"
	f
	g = iota + 100
	h
)

const (
	x0, y0 = iota, iota * iota
	x1, y1
	x2, y2
	x3, y3
)

const (
	flagA uint8 = 1 << iota
	flagB
	flagC
	flagD
	flagAll = flagA | flagB | flagC | flagD
)

const single = iota

const (
	p = 5
	q
	r = iota
	s
)

func main() {
	fmt.Println(Sunday, Monday, Saturday, Wednesday+Thursday)
	fmt.Printf("%T %v %d\n", Friday, Friday, Friday*2)
	fmt.Println(KB, MB, GB, TB)
	fmt.Printf("%T %.0f %v\n", MB, GB, TB/GB)
	fmt.Println(KiB, MiB, GiB)
	fmt.Println(a, b, d, e, f, g, h)
	fmt.Println(x0, y0, x1, y1, x2, y2, x3, y3)
	fmt.Println(flagA, flagB, flagC, flagD, flagAll)
	fmt.Printf("%T %08b %08b\n", flagAll, flagAll, flagAll&^flagB)
	fmt.Println(single, p, q, r, s)
	var day Weekday = 3
	day++
	fmt.Println(day == Thursday, day)
}
