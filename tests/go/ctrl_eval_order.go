// Order of evaluation: operands and call arguments left to right, index
// expressions and assignments (left-hand index operands are evaluated before
// the right-hand side is assigned).
package main

import "fmt"

var log []string

func v(name string, x int) int {
	log = append(log, name)
	return x
}

func flush(label string) {
	fmt.Println(label, log)
	log = log[:0]
}

func three(a, b, c int) int { return a*100 + b*10 + c }

func pair() (int, int) {
	log = append(log, "pair")
	return 7, 8
}

func main() {
	x := v("a", 1) + v("b", 2)*v("c", 3)
	fmt.Println(x)
	flush("arith")

	fmt.Println(three(v("p", 1), v("q", 2), v("r", 3)))
	flush("args")

	arr := []int{10, 20, 30, 40}
	arr[v("idx", 1)] = v("rhs", 99)
	fmt.Println(arr)
	flush("index-assign")

	i := 0
	i, arr[i] = 2, 5 // arr[0] because the index is evaluated first
	fmt.Println(i, arr)

	j := 1
	arr[j], j = 6, 3
	fmt.Println(j, arr)

	a, b := pair()
	fmt.Println(a, b)
	flush("pair")

	k := 0
	next := func() int { k++; return k }
	s := []int{next(), next(), next()}
	fmt.Println(s, k)

	y := 5
	y, z := y+1, y*2
	fmt.Println(y, z)

	m := [3]int{1, 2, 3}
	m[0], m[1], m[2] = m[2], m[0], m[1]
	fmt.Println(m)

	p := &m
	p[v("i0", 0)], p[v("i1", 1)] = v("r0", p[1]), v("r1", p[0])
	fmt.Println(m)
	flush("ptr-array")

	str := fmt.Sprint(v("s1", 1), v("s2", 2))
	fmt.Println(str)
	flush("sprint")

	total := 0
	total += v("t", 5)
	total -= v("u", 2)
	fmt.Println(total)
	flush("compound")
}
