// Pointers: new, address of locals, of array elements and of struct fields;
// swapping through pointers; every call returns a fresh variable.
package main

import "fmt"

func swap(a, b *int) {
	*a, *b = *b, *a
}

func counter() *int {
	c := 0
	return &c
}

func incr(p *int) int {
	*p++
	return *p
}

type T struct {
	A int
	B [2]int
}

func main() {
	p := new(int)
	fmt.Println(*p)
	*p = 42
	q := p
	*q++
	fmt.Println(*p, *q, p == q)
	x, y := 1, 2
	swap(&x, &y)
	fmt.Println(x, y)
	c1, c2 := counter(), counter()
	incr(c1)
	incr(c1)
	incr(c2)
	fmt.Println(*c1, *c2, c1 == c2)
	arr := [3]int{1, 2, 3}
	e := &arr[1]
	*e = 20
	arr2 := arr
	*e = 200
	fmt.Println(arr, arr2)
	sl := []int{5, 6, 7}
	se := &sl[2]
	sl = append(sl, 8)
	*se = 70
	fmt.Println(sl)
	t := T{}
	pa := &t.A
	pb := &t.B[1]
	*pa = 3
	*pb = 4
	fmt.Println(t)
	pt := new(T)
	pt.B[0] = 9
	fmt.Println(*pt, pt)
	pp := &p
	**pp = 7
	fmt.Println(*p)
	var np *int
	fmt.Println(np == nil, p != nil)
	vals := []int{1, 2, 3}
	ptrs := []*int{}
	for i := range vals {
		ptrs = append(ptrs, &vals[i])
	}
	for _, ptr := range ptrs {
		*ptr *= 10
	}
	fmt.Println(vals)
	var vp []*int
	for i := 0; i < 3; i++ {
		v := i * i
		vp = append(vp, &v)
	}
	fmt.Println(*vp[0], *vp[1], *vp[2])
	ps := new([]int)
	*ps = append(*ps, 1, 2)
	fmt.Println(*ps, len(*ps))
	pstr := new(string)
	*pstr += "abc"
	fmt.Println(*pstr)
	ff := 1.5
	pf := &ff
	*pf *= 2
	fmt.Println(ff)
}
