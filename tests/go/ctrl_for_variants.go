// for loop forms: three-clause with multiple variables, condition only,
// infinite with break, range over int slices/arrays/strings/pointers to
// arrays with and without variables, and loop variables modified in the body.
package main

import "fmt"

func main() {
	for i, j := 0, 10; i < j; i, j = i+1, j-2 {
		fmt.Print(i, ":", j, " ")
	}
	fmt.Println()

	n := 100
	steps := 0
	for n != 1 {
		if n%2 == 0 {
			n /= 2
		} else {
			n = 3*n + 1
		}
		steps++
	}
	fmt.Println(steps)

	k := 0
	for {
		k += 7
		if k > 50 {
			break
		}
	}
	fmt.Println(k)

	for i := 0; i < 10; i++ {
		if i%3 == 0 {
			i++ // skip ahead
		}
		fmt.Print(i, " ")
	}
	fmt.Println()

	s := []int{1, 2, 3}
	for i := range s {
		s = append(s, i) // range evaluates s once
	}
	fmt.Println(s)

	arr := [3]int{1, 2, 3}
	for i, v := range arr { // ranges over a copy of the array
		arr[2] = 100
		fmt.Print(i, "=", v, " ")
	}
	fmt.Println(arr)
	arr = [3]int{1, 2, 3}
	for i, v := range &arr { // through a pointer: sees the write
		arr[2] = 100
		fmt.Print(i, "=", v, " ")
	}
	fmt.Println()

	sl := []int{1, 2, 3}
	for i, v := range sl {
		if i == 0 {
			sl[2] = 30
		}
		fmt.Print(v, " ")
	}
	fmt.Println()

	cnt := 0
	for range "héllo" {
		cnt++
	}
	for range [5]struct{}{} {
		cnt += 10
	}
	var nilSlice []int
	for range nilSlice {
		cnt += 1000
	}
	fmt.Println(cnt)

	var last int
	for last = range []string{"a", "b", "c"} {
	}
	fmt.Println(last)

	total := 0
	for i := 10; i > 0; i-- {
		for j := i; j < 10; j += 3 {
			total += j
		}
	}
	fmt.Println(total)
	var u uint8
	iters := 0
	for u = 250; u != 4; u++ {
		iters++
	}
	fmt.Println(iters, u)
	var x, y int
	for x, y = 0, 1; y < 100; x, y = y, x+y {
	}
	fmt.Println(x, y)
}
