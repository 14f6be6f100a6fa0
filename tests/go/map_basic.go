package main

import "fmt"

type P struct{ X, Y int }

func main() {
	m := map[string]int{"a": 1, "b": 2}
	m["c"] = 3
	m["a"] += 10
	fmt.Println(m, len(m), m["zz"])
	v, ok := m["b"]
	fmt.Println(v, ok)
	delete(m, "b")
	_, ok = m["b"]
	fmt.Println(ok, len(m))
	sum := 0
	for k, v := range m {
		sum += v + len(k)
	}
	fmt.Println(sum)
	pts := map[P]string{{1, 2}: "a", {3, 4}: "b"}
	fmt.Println(pts[P{3, 4}], pts)
	counts := make(map[rune]int)
	for _, r := range "hello, world" {
		counts[r]++
	}
	fmt.Println(counts)
	var nilm map[string]bool
	fmt.Println(nilm["x"], len(nilm))
	nested := map[string][]int{}
	nested["x"] = append(nested["x"], 1, 2)
	fmt.Println(nested)
	var ifm = map[interface{}]int{1: 1, "s": 2, 2.5: 3}
	fmt.Println(ifm[1], ifm["s"], ifm[2.5], len(ifm))
	defer func() { fmt.Println("recovered:", recover()) }()
	nilm["boom"] = true
}
