package main

import "fmt"

type Point struct{ X, Y int }

func main() {
	a := map[string]int{"one": 1, "two": 2, "three": 3}
	fmt.Println(a, len(a))
	b := map[Point]string{{1, 2}: "a", {0, 0}: "origin", {-1, 5}: "neg"}
	fmt.Println(b)
	c := map[string][]int{"x": {1, 2}, "y": nil, "z": {}}
	fmt.Println(c, c["y"] == nil, c["z"] == nil, len(c["w"]))
	d := map[[2]int]*Point{{1, 1}: {1, 1}, {2, 2}: nil}
	fmt.Println(*d[[2]int{1, 1}], d[[2]int{2, 2}] == nil, len(d))
	e := map[string]map[string]int{"a": {"x": 1}, "b": {}, "c": nil}
	fmt.Println(e, len(e["c"]), e["c"]["q"])
	f := map[int]string{}
	fmt.Println(f, len(f), f == nil)
	g := map[bool]int{true: 1, false: 0}
	fmt.Println(g)
	var h map[int]int
	fmt.Println(h, h == nil, len(h))
	// Literal with computed keys and duplicated values.
	k := 3
	i := map[int]int{k: k * k, k + 1: k * k, -k: 0}
	fmt.Println(i)
	j := map[rune]byte{'a': 'A', 'b': 'B'}
	fmt.Println(j)
	type pair struct {
		s string
		n int
	}
	l := map[pair][]pair{{"a", 1}: {{"b", 2}}, {"a", 0}: nil}
	fmt.Println(l)
	fmt.Printf("%v|%+v|%d\n", a, b, a)
}
