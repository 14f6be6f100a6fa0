package main

import "fmt"

type Inner struct {
	A int8
	B string
}

type Key struct {
	X     int
	In    Inner
	P     *int
	Flag  bool
	Arr   [2]uint16
	_     int
	Iface interface{}
}

type Grid [3][3]byte

func main() {
	one := 1
	m := map[Key]int{}
	k1 := Key{X: 1, In: Inner{2, "b"}, P: &one, Flag: true, Arr: [2]uint16{3, 4}, Iface: "s"}
	m[k1] = 100
	k2 := k1
	fmt.Println(m[k2], len(m))
	k2.Arr[1] = 5
	fmt.Println(m[k2], len(m))
	k2 = k1
	k2.Iface = 7
	m[k2] = 200
	fmt.Println(len(m), m[k1], m[k2])
	k3 := k1
	k3.P = new(int)
	*k3.P = 1
	fmt.Println(m[k3])
	// The blank field never takes part in equality.
	fmt.Println(k1 == k2, k1 == Key{X: 1, In: Inner{2, "b"}, P: &one, Flag: true, Arr: [2]uint16{3, 4}, Iface: "s"})
	// Array keys.
	var g Grid
	seen := map[Grid]int{}
	for i := 0; i < 9; i++ {
		g[i/3][i%3] = 'x'
		seen[g]++
		g[i/3][i%3] = 0
		seen[g]++
	}
	fmt.Println(len(seen), seen[Grid{}])
	am := map[[3]string]int{{"a", "b", "c"}: 1, {"", "", ""}: 2}
	fmt.Println(am[[3]string{"a", "b", "c"}], am[[3]string{}], len(am))
	em := map[[0]int]string{{}: "empty array key"}
	em[[0]int{}] += "!"
	fmt.Println(em, len(em))
	es := map[struct{}]int{}
	es[struct{}{}]++
	es[struct{}{}]++
	fmt.Println(es, len(es))
	// Anonymous struct keys and printing sorted field by field.
	pts := map[struct{ X, Y int }]string{{2, 1}: "c", {1, 9}: "b", {1, 2}: "a"}
	fmt.Println(pts)
	nested := map[[2]Inner]int{{{1, "x"}, {2, "y"}}: 1, {{1, "x"}, {1, "y"}}: 2}
	fmt.Println(nested)
}
