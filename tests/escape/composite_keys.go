package main

type pair struct {
	a, b interface{}
}

var sink interface{}

func compute(n int, p *int) int { // ERROR "p does not escape"
	return n + *p
}

func keyedStruct(n int, p *int) { // ERROR "p does not escape"
	sink = pair{a: n, b: n + 1} // ERROR "pair{...} escapes to heap" "n escapes to heap" "n + 1 escapes to heap"
	sink = pair{a: compute(n, p)} // ERROR "pair{...} escapes to heap" "compute(n, p) escapes to heap"
	sink = pair{a: pair{}} // ERROR "pair{...} escapes to heap" "pair{} escapes to heap"
}

func keyedSliceAndMap(n int) {
	sink = []interface{}{0: n, 1: n + 1, 2: pair{}} // ERROR "[]interface {}{...} escapes to heap" "[]interface {}{...} escapes to heap" "n escapes to heap" "n + 1 escapes to heap" "pair{} escapes to heap"
	sink = map[string]interface{}{"x": n, "y": n + 1} // ERROR "map[string]interface {}{...} escapes to heap" "n escapes to heap" "n + 1 escapes to heap"
}

func positional(n int) {
	sink = pair{n, n + 1} // ERROR "pair{...} escapes to heap" "n escapes to heap" "n + 1 escapes to heap"
	sink = []interface{}{n, n + 1, pair{}} // ERROR "[]interface {}{...} escapes to heap" "[]interface {}{...} escapes to heap" "n escapes to heap" "n + 1 escapes to heap" "pair{} escapes to heap"
}

func main() {
	x := 1
	keyedStruct(1, &x)
	keyedSliceAndMap(2)
	positional(3)
}
