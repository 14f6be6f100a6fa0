// Pointers to arrays: indexing, len and range through the pointer; slicing an
// array shares its storage.
package main

import "fmt"

func fill(p *[4]int, v int) {
	for i := range p {
		p[i] = v + i
	}
}

func main() {
	var a [4]int
	p := &a
	fill(p, 10)
	fmt.Println(a, len(p), p[2], (*p)[3])
	for i, v := range p {
		fmt.Print(i, "=", v, " ")
	}
	fmt.Println()
	s := a[1:3]
	s[0] = -1
	fmt.Println(a, s, len(s), cap(s))
	s = append(s, 77)
	fmt.Println(a, s)
	s = append(s, 88, 99)
	s[0] = 1000
	fmt.Println(a, s)
	q := &a[2]
	*q = 42
	fmt.Println(a, *q)
	pp := &p
	(*pp)[0] = 5
	fmt.Println(a[0], (**pp)[0])
	b := *p
	b[1] = 11
	fmt.Println(a, b)
	arrs := []*[2]int{{1, 2}, {3, 4}}
	arrs[1][0] = 30
	fmt.Println(*arrs[0], *arrs[1])
	fmt.Println(&a == p, p == &b)
}
