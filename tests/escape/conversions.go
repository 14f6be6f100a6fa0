package main

import "fmt"

type T struct{ a, b int }

var sink interface{}
var sinks []interface{}

const name = "k"

func take(x interface{}) { sink = x } // ERROR "leaking param: x"
func takeMany(xs ...interface{}) { sink = xs } // ERROR "leaking param: xs" "xs escapes to heap"

func f(n int, s string, t T, p *T) interface{} { // ERROR "leaking param: s" "leaking param: p"
	sink = n // ERROR "n escapes to heap"
	sink = s + "x" // ERROR "s + \"x\" escapes to heap" "s + \"x\" escapes to heap"
	var i interface{} = t // ERROR "t escapes to heap"
	sink = i
	take(n) // ERROR "n escapes to heap"
	take(n + 1) // ERROR "n + 1 escapes to heap"
	take(t.a) // ERROR "t.a escapes to heap"
	takeMany(n, s) // ERROR "... argument escapes to heap" "n escapes to heap" "s escapes to heap"
	fmt.Println(n, name, 3, "lit", t, p, n+1, T{1, 2}, &T{}) // ERROR "... argument does not escape" "n escapes to heap" "name escapes to heap" "3 escapes to heap" "\"lit\" escapes to heap" "t escapes to heap" "n + 1 escapes to heap" "T{...} escapes to heap" "&T{} escapes to heap"
	sinks = []interface{}{n, t} // ERROR "[]interface {}{...} escapes to heap" "n escapes to heap" "t escapes to heap"
	sink = interface{}(n) // ERROR "(interface {})(n) escapes to heap"
	m := map[string]interface{}{"a": n} // ERROR "map[string]interface {}{...} escapes to heap" "n escapes to heap"
	sink = m
	ch := make(chan interface{}, 1)
	ch <- n // ERROR "n escapes to heap"
	sink = ch
	if n > 0 {
		return n // ERROR "n escapes to heap"
	}
	return t // ERROR "t escapes to heap"
}

func g(xs []int, n int) { // ERROR "xs does not escape"
	for _, x := range xs {
		fmt.Println(x) // ERROR "... argument does not escape" "x escapes to heap"
	}
	fmt.Println(xs[0], len(xs), f(n, "", T{}, nil)) // ERROR "... argument does not escape" "xs[0] escapes to heap" "len(xs) escapes to heap"
	b := []byte("x") // ERROR "([]byte)(\"x\") does not escape"
	fmt.Println(string(b)) // ERROR "... argument does not escape" "string(b) escapes to heap" "string(b) escapes to heap"
	fmt.Println(make([]int, n), new(int), make(map[int]int)) // ERROR "... argument does not escape" "make([]int, n) escapes to heap" "make([]int, n) escapes to heap" "new(int) escapes to heap" "make(map[int]int) escapes to heap"
	fn := func() {} // ERROR "func literal escapes to heap"
	fmt.Println(fn) // ERROR "... argument does not escape"
}

func main() {
	f(1, "a", T{}, nil)
	g(nil, 1)
}
