// Pointers to array elements, slice elements, struct fields and locals
// that escape; aliasing between them; pointer equality; pointers to
// pointers.
package main

import "fmt"

type pair struct {
	a, b int
}

func newCounter() *int {
	c := 0
	return &c
}

func swapPtr(x, y *int) { *x, *y = *y, *x }

func maxPtr(ps []*int) *int {
	best := ps[0]
	for _, p := range ps[1:] {
		if *p > *best {
			best = p
		}
	}
	return best
}

func main() {
	arr := [4]int{1, 2, 3, 4}
	p0, p3 := &arr[0], &arr[3]
	swapPtr(p0, p3)
	fmt.Println(arr, *p0, *p3)

	s := arr[:]
	ps := &s[1]
	*ps = 20
	fmt.Println(arr[1], ps == &arr[1], ps == &s[1], p0 == p3)

	pr := pair{1, 2}
	pa, pb := &pr.a, &pr.b
	*pa += *pb
	*pb *= *pa
	fmt.Println(pr)
	pp := &pr
	fmt.Println(pa == &pp.a, &pr == pp)

	c1, c2 := newCounter(), newCounter()
	*c1++
	*c1++
	*c2--
	fmt.Println(*c1, *c2, c1 == c2)

	vals := []int{5, 9, 2}
	ptrs := []*int{&vals[0], &vals[1], &vals[2]}
	m := maxPtr(ptrs)
	*m = 0
	fmt.Println(vals, *maxPtr(ptrs))

	x := 1
	px := &x
	ppx := &px
	**ppx = 7
	y := 2
	*ppx = &y
	*px = 8
	fmt.Println(x, y, *px)

	var locals []*int
	for i := 0; i < 3; i++ {
		v := i * 10
		locals = append(locals, &v)
	}
	for _, l := range locals {
		fmt.Print(*l, " ")
	}
	fmt.Println()

	pairs := []pair{{1, 1}, {2, 2}}
	first := &pairs[0]
	pairs[0] = pair{9, 9}
	fmt.Println(*first)
	first.a = 100
	fmt.Println(pairs[0])

	type node struct {
		v    int
		next *node
	}
	n3 := &node{3, nil}
	n2 := &node{2, n3}
	n1 := &node{1, n2}
	n1.next.next.v = 30
	n1.next.next.next = n1
	fmt.Println(n3.v, n3.next.v, n1.next.next.next.next.v)
	var np *node
	fmt.Println(np == nil, n1 != nil)
	arrp := &arr
	arrp[2] = 33
	fmt.Println(arr, len(arrp))
	for i := range arrp {
		arrp[i]++
	}
	fmt.Println(*arrp)
}
