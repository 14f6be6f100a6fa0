// Equality of structs and arrays: field by field, including strings,
// floats (NaN is never equal, -0 == +0), nested arrays, pointers and
// interface fields.
package main

import "fmt"

type inner struct {
	a int8
	b string
}

type rec struct {
	in   inner
	arr  [3]int16
	p    *int
	f    float64
	tag  interface{}
	flag bool
}

func main() {
	x := 5
	r1 := rec{inner{1, "a"}, [3]int16{1, 2, 3}, &x, 1.5, "t", true}
	r2 := r1
	fmt.Println(r1 == r2)
	r2.in.b = "b"
	fmt.Println(r1 == r2, r1.in == r2.in, r1.arr == r2.arr)
	r2 = r1
	r2.arr[2] = 4
	fmt.Println(r1 == r2)
	r2 = r1
	y := 5
	r2.p = &y
	fmt.Println(r1 == r2, *r1.p == *r2.p)
	r2 = r1
	r2.tag = 1
	fmt.Println(r1 == r2)
	r2.tag = "t"
	fmt.Println(r1 == r2)

	zero := 0.0
	r2.f = zero / zero
	r3 := r2
	fmt.Println(r2 == r3, r2.f == r3.f)
	r2.f = -zero
	r3.f = zero
	fmt.Println(r2 == r3)

	s1 := "hello world"
	s2 := "hello " + "world"
	s3 := s1[:5] + s1[5:]
	fmt.Println(inner{1, s1} == inner{1, s2}, inner{1, s1} == inner{1, s3}, inner{2, s1} == inner{1, s3})

	grid1 := [2][2]inner{{{1, "a"}, {2, "b"}}, {{3, "c"}, {4, "d"}}}
	grid2 := grid1
	fmt.Println(grid1 == grid2)
	grid2[1][1].b = "D"
	fmt.Println(grid1 == grid2, grid1[0] == grid2[0])

	type empty struct{}
	fmt.Println(empty{} == empty{}, [0]int{} == [0]int{})
	var z1, z2 rec
	fmt.Println(z1 == z2, z1.tag == nil, z1.p == nil)
	pa, pb := &inner{1, "x"}, &inner{1, "x"}
	fmt.Println(pa == pb, *pa == *pb)
	var i1, i2 interface{} = inner{1, "x"}, inner{1, "x"}
	fmt.Println(i1 == i2)
	i2 = [2]int{1, 2}
	fmt.Println(i2 == [2]int{1, 2}, i1 == i2)
}
