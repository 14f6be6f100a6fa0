// Large values as map values and keys, channel elements (buffered, comma-ok,
// select) and slice and array elements, and as goroutine arguments.
package main

import "fmt"

type big [300]int64
type rec struct {
	name string
	vals big
}

func main() {
	var b big
	b[5] = 5
	m := map[string]big{}
	m["a"] = b
	fmt.Println("map store ok")
	x := m["a"]
	fmt.Println("map load", x[5])
	y, ok := m["a"]
	fmt.Println("map load2", y[5], ok)
	for k, v := range m {
		fmt.Println("range", k, v[5])
	}
	mk := map[big]int{}
	mk[b] = 3
	fmt.Println("key", mk[b], len(mk))
	ch := make(chan rec, 2)
	ch <- rec{"r", b}
	r := <-ch
	fmt.Println("chan", r.name, r.vals[5])
	ch <- rec{"s", b}
	r2, ok2 := <-ch
	fmt.Println("chan2", r2.name, ok2)
	sl := []big{b, b}
	sl[1][5] = 6
	for _, v := range sl {
		fmt.Println("slice range", v[5])
	}
	arr := [2]big{b}
	for i, v := range arr {
		fmt.Println("arr range", i, v[5])
	}
	go func(v big) { ch <- rec{"go", v} }(b)
	fmt.Println((<-ch).vals[5])
	select {
	case ch <- rec{"sel", b}:
	}
	select {
	case v := <-ch:
		fmt.Println("select", v.name, v.vals[5])
	}
}
