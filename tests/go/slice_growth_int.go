// Append growth of []int one element at a time: the capacity sequence follows
// Go 1.19's growslice (doubling below 256, then ~1.25x plus a smoothing term,
// rounded up to a malloc size class).
package main

import "fmt"

func main() {
	var s []int
	last := -1
	for i := 0; i < 5000; i++ {
		s = append(s, i)
		if cap(s) != last {
			fmt.Println(len(s), cap(s))
			last = cap(s)
		}
	}
	a := append([]int{1, 2, 3}, 4, 5, 6, 7)
	fmt.Println(len(a), cap(a))
	b := append([]int(nil), make([]int, 5)...)
	fmt.Println(len(b), cap(b))
	c := make([]int, 0, 5)
	c = append(c, 1, 2, 3, 4, 5, 6)
	fmt.Println(len(c), cap(c))
	d := make([]int, 300)
	d = append(d, 1)
	fmt.Println(len(d), cap(d))
	e := make([]int, 10, 10)
	e = append(e, make([]int, 25)...)
	fmt.Println(len(e), cap(e))
	f := []int{1}
	for i := 0; i < 6; i++ {
		f = append(f, f...)
		fmt.Print(len(f), ":", cap(f), " ")
	}
	fmt.Println()
}
