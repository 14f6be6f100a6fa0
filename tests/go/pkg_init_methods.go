// Package-level variables initialized in dependency order (not source
// order) from functions, methods, method values and closures; init funcs
// run after all variables, in source order.
package main

import "fmt"

var trace []string

func note(s string, v int) int {
	trace = append(trace, s)
	return v
}

var total = a + b + c.double() // needs a, b, c: initialized after them
var a = note("a", 1)
var c = counter{note("c", 5)}
var b = note("b", a*10)

type counter struct{ n int }

func (k counter) double() int   { return note("double", k.n*2) }
func (k *counter) incr() int     { k.n++; return k.n }

var boxed = &counter{note("boxed", 100)}
var incr = boxed.incr // method value bound to boxed
var first = incr()
var second = incr()

var table = buildTable(size)
var size = note("size", 4)

func buildTable(n int) []int {
	trace = append(trace, "table")
	t := make([]int, n)
	for i := range t {
		t[i] = i * first
	}
	return t
}

var greet = func(name string) string { return prefix + name }
var prefix = fmt.Sprint("hello-", note("prefix", 0), "-")

var x, y = swap(note("x", 1), note("y", 2))

func swap(p, q int) (int, int) { return q, p }

func init() {
	trace = append(trace, "init1")
	boxed.n *= 2
}

var late = note("late", 7)

func init() {
	trace = append(trace, "init2")
}

func main() {
	fmt.Println(total, a, b, c, first, second, boxed.n)
	fmt.Println(table, size, x, y, late)
	fmt.Println(greet("go"))
	fmt.Println(trace)
}
