package main

import (
	"fmt"
	"sort"
	"strings"
)

type Account struct {
	Owner   string
	Balance int
}

func main() {
	// Map of slices: append through the map.
	groups := map[string][]string{}
	for _, w := range strings.Fields("apple avocado banana blueberry cherry apricot") {
		k := w[:1]
		groups[k] = append(groups[k], w)
	}
	fmt.Println(groups, len(groups["a"]))
	// Slices held in a map share backing arrays.
	s := groups["a"]
	s[0] = "APPLE"
	fmt.Println(groups["a"][0])
	// Map of maps: inner maps must be made.
	graph := map[string]map[string]int{}
	add := func(a, b string, w int) {
		if graph[a] == nil {
			graph[a] = map[string]int{}
		}
		graph[a][b] = w
	}
	add("a", "b", 1)
	add("a", "c", 2)
	add("b", "c", 3)
	fmt.Println(graph, len(graph["a"]), graph["c"]["a"])
	inner := graph["a"]
	inner["z"] = 26
	fmt.Println(graph["a"])
	// Map of structs: copy out, modify, store back.
	accts := map[int]Account{1: {"ann", 10}, 2: {"bob", 20}}
	a := accts[1]
	a.Balance += 5
	fmt.Println(accts[1].Balance, a.Balance)
	accts[1] = a
	fmt.Println(accts)
	// Map of pointers to structs: update in place.
	ptrs := map[string]*Account{"ann": {"ann", 1}}
	ptrs["ann"].Balance *= 100
	fmt.Println(*ptrs["ann"])
	// Map of funcs.
	ops := map[string]func(int, int) int{
		"add": func(a, b int) int { return a + b },
		"sub": func(a, b int) int { return a - b },
		"mul": func(a, b int) int { return a * b },
	}
	names := make([]string, 0, len(ops))
	for name := range ops {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		fmt.Println(name, ops[name](7, 3))
	}
	fmt.Println(ops["div"] == nil, ops["add"] != nil)
	// Map of arrays: values are copies.
	arrs := map[string][3]int{"x": {1, 2, 3}}
	arr := arrs["x"]
	arr[0] = 100
	fmt.Println(arrs["x"], arr)
	// Map values that are maps of slices.
	deep := map[int]map[string][]int{}
	for i := 0; i < 4; i++ {
		if deep[i%2] == nil {
			deep[i%2] = map[string][]int{}
		}
		deep[i%2]["v"] = append(deep[i%2]["v"], i)
	}
	fmt.Println(deep)
	// Maps are references: passing to a function mutates the caller's map.
	fill := func(m map[string]int) { m["filled"] = 1 }
	mine := map[string]int{}
	fill(mine)
	fmt.Println(mine)
	// Map of interface values holding various things.
	any := map[string]interface{}{"i": 1, "s": "str", "sl": []int{1}, "m": map[string]int{"k": 1}, "nil": nil, "f": 1.5}
	fmt.Println(any)
}
