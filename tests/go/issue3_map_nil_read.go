package main

import "fmt"

type S struct {
	M map[string]int
}

func main() {
	var m map[string]int
	fmt.Println(m["a"], len(m), m == nil)
	v, ok := m["b"]
	fmt.Println(v, ok)
	for k, v := range m {
		fmt.Println("never", k, v)
	}
	delete(m, "a")
	var s S
	fmt.Println(s.M["x"], s)
	fmt.Printf("%v %#v %+v\n", m, m, s)
	var mm map[int]map[int]string
	fmt.Printf("%q %d\n", mm[1][2], len(mm[3]))
	var ms map[string][]int
	fmt.Println(ms["q"] == nil, len(ms["q"]), append(ms["q"], 1))
	var mp map[int]*S
	fmt.Println(mp[0] == nil)
	var mi map[interface{}]int
	fmt.Println(mi[nil], mi[1], mi["s"])
	// Reading a nil map with an unhashable interface key still panics.
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		fmt.Println(mi[[]int{1}])
	}()
}
