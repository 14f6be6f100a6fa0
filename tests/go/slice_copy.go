// copy handles overlapping ranges like memmove and returns min(len(dst), len(src)).
package main

import "fmt"

func main() {
	s := []int{0, 1, 2, 3, 4, 5, 6, 7, 8, 9}
	n := copy(s[2:], s)
	fmt.Println(n, s)
	s = []int{0, 1, 2, 3, 4, 5, 6, 7, 8, 9}
	n = copy(s, s[3:])
	fmt.Println(n, s)
	s = []int{0, 1, 2, 3, 4}
	n = copy(s, s)
	fmt.Println(n, s)
	dst := make([]int, 3)
	n = copy(dst, []int{7, 8, 9, 10, 11})
	fmt.Println(n, dst)
	dst = make([]int, 6)
	n = copy(dst, []int{1, 2})
	fmt.Println(n, dst)
	var nilDst []int
	n = copy(nilDst, s)
	fmt.Println(n, nilDst == nil)
	b := make([]byte, 5)
	n = copy(b, "héllo")
	fmt.Println(n, b, string(b[:n]))
	strs := []string{"a", "b", "c", "d"}
	copy(strs[1:], strs[:3])
	fmt.Println(strs)
	type pair struct{ a, b int }
	ps := []pair{{1, 2}, {3, 4}, {5, 6}}
	copy(ps[:2], ps[1:])
	fmt.Println(ps)
	arr := [6]int{1, 2, 3, 4, 5, 6}
	copy(arr[1:], arr[:])
	fmt.Println(arr)
	// Removing element 2 with copy.
	r := []int{10, 11, 12, 13, 14}
	r = r[:2+copy(r[2:], r[3:])]
	fmt.Println(r, len(r), cap(r))
}
