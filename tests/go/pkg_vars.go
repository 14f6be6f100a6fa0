// Package-level state shared by functions: globals, global arrays and
// slices, and a global func variable.
package main

import "fmt"

var hits int
var log []string
var grid [3][3]int
var handler = defaultHandler
var origin = struct{ X, Y int }{1, 2}
var prefix, suffix = "<", ">"

func defaultHandler(s string) string { return prefix + s + suffix }

func record(s string) {
	hits++
	log = append(log, handler(s))
}

func main() {
	record("a")
	record("b")
	handler = func(s string) string { return "[" + s + "]" }
	record("c")
	fmt.Println(hits, log, len(log))
	grid[1][1] = 5
	g := grid
	g[0][0] = 1
	fmt.Println(grid, g)
	origin.X++
	fmt.Println(origin)
	p := &hits
	*p = 100
	fmt.Println(hits)
}
