package main

import "fmt"

func catch(f func()) (r interface{}) {
	defer func() { r = recover() }()
	f()
	return nil
}

func main() {
	s := []int{1}
	idx := 3
	zero := 0
	var m map[int]int
	var p *struct{ X int }
	var e interface{} = "str"
	var ik interface{} = []int{}
	fmt.Printf("%T\n", catch(func() { _ = s[idx] }))
	fmt.Printf("%T\n", catch(func() { _ = 1 / zero }))
	fmt.Printf("%T\n", catch(func() { m[1] = 1 }))
	fmt.Printf("%T\n", catch(func() { _ = p.X }))
	fmt.Printf("%T\n", catch(func() { _ = e.(int) }))
	fmt.Printf("%T\n", catch(func() { _ = map[interface{}]int{ik: 1} }))
	fmt.Printf("%#v\n", catch(func() { _ = 1 / zero }))
}
