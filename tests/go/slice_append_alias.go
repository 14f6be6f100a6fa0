// append and aliasing: appends that fit in the capacity write into the
// shared backing array, appends that do not reallocate; sub-slices seeing
// writes; copy with overlap.
package main

import "fmt"

func main() {
	base := make([]int, 3, 10)
	a := append(base, 1)
	b := append(base, 2) // overwrites a[3]
	fmt.Println(a, b, len(base), cap(a))

	full := []int{1, 2, 3}
	c := append(full, 4)
	d := append(full, 5) // full has no spare capacity: separate arrays
	c[0] = 100
	fmt.Println(full, c, d)

	s := []int{0, 1, 2, 3, 4, 5, 6, 7}
	t := s[2:5]
	t[0] = -2
	t = append(t, -5) // writes s[5]
	fmt.Println(s, t, len(t), cap(t))
	u := s[2:5:5]
	u = append(u, -99) // capacity exhausted: copy
	u[1] = -33
	fmt.Println(s, u)

	copy(s[1:], s) // overlapping, like memmove
	fmt.Println(s)
	copy(s, s[3:])
	fmt.Println(s)

	var grow []int
	caps := []int{}
	last := -1
	for i := 0; i < 2000; i++ {
		grow = append(grow, i)
		if cap(grow) != last {
			last = cap(grow)
			caps = append(caps, last)
		}
	}
	fmt.Println(caps)

	x := []string{"a", "b", "c", "d"}
	y := append(x[:1], x[2:]...) // delete index 1 in place
	fmt.Println(x, y)
	z := append([]string(nil), x...)
	z[0] = "z"
	fmt.Println(x[0], z[0])

	m := [][]int{{1}, {2}}
	row := m[0]
	row = append(row, 10)
	m[0][0] = 50
	fmt.Println(m, row)

	arr := [5]int{1, 2, 3, 4, 5}
	sl := arr[1:3]
	sl = append(sl, 40)
	fmt.Println(arr, sl)
	sl = append(sl, 50, 60)
	sl[0] = 0
	fmt.Println(arr, sl)

	bs := make([]byte, 0, 4)
	bs = append(bs, "hi"...)
	bs2 := append(bs, '!')
	bs3 := append(bs, '?')
	fmt.Println(string(bs2), string(bs3))
	var nilS []int
	fmt.Println(append(nilS, nilS...) == nil, len(append(nilS)), append([]int{}, nilS...) == nil)
}
