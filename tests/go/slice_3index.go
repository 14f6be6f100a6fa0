// A full slice expression s[lo:hi:max] limits capacity, so append must copy
// instead of overwriting the original array.
package main

import "fmt"

func main() {
	base := []int{0, 1, 2, 3, 4, 5, 6, 7}
	lim := base[2:4:4]
	fmt.Println(lim, len(lim), cap(lim))
	lim = append(lim, 100)
	fmt.Println(base, lim, cap(lim))
	open := base[2:4]
	open = append(open, 200)
	fmt.Println(base, open, cap(open))
	a := base[1:3:5]
	fmt.Println(a, len(a), cap(a), a[:cap(a)])
	b := a[1:4]
	fmt.Println(b, len(b), cap(b))
	c := base[:0:0]
	c = append(c, 9)
	fmt.Println(base[0], c, cap(base[:0:0]))
	arr := [5]string{"a", "b", "c", "d", "e"}
	s := arr[1:2:3]
	fmt.Println(s, len(s), cap(s))
	s = append(s, "X")
	fmt.Println(arr)
	s = append(s, "Y")
	s[0] = "Z"
	fmt.Println(arr, s)
	str := "hello"
	fmt.Println(str[1:3], str[:], str[5:])
	fmt.Println(len(base[3:3:3]), cap(base[3:5:8]))
}
