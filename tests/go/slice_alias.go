// Two slices can share one backing array: append within capacity writes into
// the shared array, so a later append can overwrite what an earlier one wrote.
package main

import "fmt"

func appendOne(s []int) []int {
	return append(s, 1)
}

func setFirst(s []int) {
	s[0] = -1
}

func main() {
	a := make([]int, 3, 10)
	b := append(a, 1)
	c := append(a, 2)
	fmt.Println(a, b, c, b[3])
	full := []int{1, 2, 3}
	d := append(full, 4)
	e := append(full, 5)
	fmt.Println(full, d, e)
	d[0] = 100
	fmt.Println(full[0], d[0], e[0])
	x := []int{0, 1, 2, 3, 4, 5, 6, 7}
	y := x[2:5]
	y[0] = 20
	y = append(y, 50)
	fmt.Println(x, y, len(y), cap(y))
	setFirst(y)
	fmt.Println(x)
	z := appendOne(x[:2])
	fmt.Println(x, z)
	w := x[6:]
	w = append(w, 8, 9)
	w[0] = 600
	fmt.Println(x, w)
	s := make([]int, 0, 4)
	s1 := append(s, 1, 2)
	s2 := append(s1[:1], 9)
	fmt.Println(s1, s2)
	var grow []int
	ptrs := []int{}
	for i := 0; i < 5; i++ {
		grow = append(grow, i)
		ptrs = append(ptrs, cap(grow))
	}
	fmt.Println(grow, ptrs)
	words := []string{"a", "b", "c", "d"}
	head := words[:2]
	tail := words[2:]
	head = append(head, "X")
	fmt.Println(words, head, tail)
}
