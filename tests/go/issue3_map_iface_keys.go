package main

import "fmt"

type MyInt int
type MyStr string

type Shape interface{ Area() int }
type Sq struct{ S int }

func (s Sq) Area() int { return s.S * s.S }

type Rect struct{ W, H int }

func (r *Rect) Area() int { return r.W * r.H }

func main() {
	m := map[interface{}]string{}
	m[1] = "int 1"
	m[int64(1)] = "int64 1"
	m[MyInt(1)] = "MyInt 1"
	m[1.0] = "float64 1"
	m["1"] = "string 1"
	m[MyStr("1")] = "MyStr 1"
	m[true] = "bool"
	m[nil] = "nil"
	m[[2]int{1, 1}] = "array"
	m[struct{ A int }{1}] = "struct"
	fmt.Println(len(m))
	for _, k := range []interface{}{1, int64(1), MyInt(1), 1.0, "1", MyStr("1"), true, nil, [2]int{1, 1}, struct{ A int }{1}, uint(1), false} {
		v, ok := m[k]
		fmt.Printf("%T %v -> %q %v\n", k, k, v, ok)
	}
	// Keys of a non-empty interface type.
	sm := map[Shape]int{}
	r := &Rect{2, 3}
	sm[Sq{2}] = 1
	sm[r] = 2
	sm[&Rect{2, 3}] = 3
	sm[Sq{2}] += 10
	fmt.Println(len(sm), sm[Sq{2}], sm[r], sm[Sq{3}])
	// The same dynamic value through different static interface types.
	var e interface{} = Sq{2}
	var s Shape = Sq{2}
	fmt.Println(e == s, m[e] == "", sm[s])
	// Interface keys holding pointers.
	x, y := 5, 5
	pk := map[interface{}]int{&x: 1}
	fmt.Println(pk[&x], pk[&y], pk[x])
	// Deleting interface keys.
	delete(m, 1)
	delete(m, MyInt(1))
	delete(m, nil)
	_, ok1 := m[1]
	_, ok2 := m[int64(1)]
	fmt.Println(len(m), ok1, ok2)
	// fmt sorts keys of one dynamic type.
	same := map[interface{}]int{"b": 2, "a": 1, "c": 3}
	fmt.Println(same)
	ints := map[interface{}]bool{3: true, -1: false, 2: true}
	fmt.Println(ints)
}
