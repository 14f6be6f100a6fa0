package main

type inner struct {
	p *int
}

type outer struct {
	in *inner
}

var global *int
var globalInner *inner

func leakOneLevel(i *inner) { // ERROR "leaking param content: i"
	global = i.p
}

func leakTwoLevels(o *outer) { // ERROR "leaking param content: o"
	global = o.in.p
}

func leakMiddle(o *outer) { // ERROR "leaking param content: o"
	globalInner = o.in
}

func leakSliceElem(s []*int) { // ERROR "leaking param content: s"
	global = s[0]
}

func callsLeak(i *inner) { // ERROR "leaking param content: i"
	leakOneLevel(i)
}

func main() {
	x := 1 // ERROR "moved to heap: x"
	i := &inner{p: &x} // ERROR "&inner{...} does not escape"
	leakOneLevel(i)
	y := 2 // ERROR "moved to heap: y"
	o := &outer{in: &inner{p: &y}} // ERROR "&outer{...} does not escape" "&inner{...} escapes to heap"
	leakTwoLevels(o)
	leakMiddle(o)
	z := 3 // ERROR "moved to heap: z"
	leakSliceElem([]*int{&z}) // ERROR "[]*int{...} does not escape"
	callsLeak(i)
}
