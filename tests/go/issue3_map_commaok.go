package main

import "fmt"

type T struct {
	A int
	B string
}

func lookup(m map[string]T, k string) (T, bool) {
	v, ok := m[k]
	return v, ok
}

func main() {
	m := map[string]T{"x": {1, "one"}, "zero": {}}
	for _, k := range []string{"x", "zero", "missing"} {
		v, ok := m[k]
		fmt.Printf("%q %+v %v\n", k, v, ok)
	}
	if v, ok := m["x"]; ok && v.A == 1 {
		fmt.Println("found x", v.B)
	}
	if _, ok := m["nope"]; !ok {
		fmt.Println("nope absent")
	}
	v, ok := lookup(m, "zero")
	fmt.Println(v, ok)
	// Reusing variables in comma-ok assignment.
	var n int
	var present bool
	counts := map[int]int{1: 10, 2: 0}
	n, present = counts[2]
	fmt.Println(n, present)
	n, present = counts[3]
	fmt.Println(n, present)
	// Comma-ok with interface values and pointer values.
	im := map[string]interface{}{"nil": nil, "int": 7}
	iv, ok := im["nil"]
	fmt.Println(iv, ok, iv == nil)
	iv, ok = im["none"]
	fmt.Println(iv, ok, iv == nil)
	pm := map[int]*T{1: nil}
	pv, ok := pm[1]
	fmt.Println(pv, ok)
	pv, ok = pm[2]
	fmt.Println(pv, ok)
	// Comma-ok into blank and a map element as the destination.
	dst := map[string]bool{}
	_, dst["seen"] = counts[1]
	_, dst["unseen"] = counts[9]
	fmt.Println(dst)
	// Assigning from a missing key then updating.
	s := map[string][]string{}
	list, ok := s["k"]
	fmt.Println(list == nil, ok)
	s["k"] = append(list, "a")
	s["k"] = append(s["k"], "b")
	fmt.Println(s)
}
