package main

import "fmt"

type WithSlice struct {
	Name string
	Tags []string
}

type Holder struct {
	V interface{}
}

func try(name string, f func()) {
	defer func() {
		r := recover()
		if err, ok := r.(error); ok {
			fmt.Printf("%s: error %q\n", name, err.Error())
			return
		}
		fmt.Printf("%s: %v\n", name, r)
	}()
	f()
}

func main() {
	m := map[interface{}]int{}
	try("slice insert", func() { m[[]int{1}] = 1 })
	try("slice lookup", func() { _ = m[[]string{"a"}] })
	try("slice commaok", func() { _, _ = m[[]byte("x")] })
	try("map key", func() { m[map[string]int{}] = 1 })
	try("func key", func() { m[func() {}] = 1 })
	try("struct with slice", func() { m[WithSlice{"a", nil}] = 1 })
	try("array of slices", func() { m[[1][]int{{1}}] = 1 })
	try("nested interface", func() { m[Holder{[]int{}}] = 1 })
	try("delete", func() { delete(m, []int{}) })
	try("pointer is fine", func() { m[&WithSlice{}] = 1 })
	try("empty struct ok", func() { m[struct{}{}] = 2 })
	fmt.Println(len(m))
	// A struct key whose interface field holds a slice.
	type K struct {
		A int
		B interface{}
	}
	km := map[K]int{}
	try("struct iface field", func() { km[K{1, []int{1}}] = 1 })
	km[K{1, 2}] = 3
	fmt.Println(len(km), km[K{1, 2}])
	var nilm map[interface{}]bool
	try("nil map unhashable", func() { _ = nilm[map[int]int{}] })
}
