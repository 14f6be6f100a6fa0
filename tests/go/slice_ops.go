// Common slice idioms: delete, insert, reverse, filter in place, stack, queue.
package main

import "fmt"

func main() {
	s := []int{1, 2, 3, 4, 5, 6}
	s = append(s[:2], s[3:]...)
	fmt.Println(s, len(s), cap(s))
	s = append(s[:1], append([]int{100}, s[1:]...)...)
	fmt.Println(s)
	for i, j := 0, len(s)-1; i < j; i, j = i+1, j-1 {
		s[i], s[j] = s[j], s[i]
	}
	fmt.Println(s)
	nums := []int{5, 8, 3, 10, 7, 2, 12}
	even := nums[:0]
	for _, v := range nums {
		if v%2 == 0 {
			even = append(even, v)
		}
	}
	fmt.Println(even, nums)
	var stack []string
	stack = append(stack, "a", "b", "c")
	for len(stack) > 0 {
		top := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		fmt.Print(top, " ")
	}
	fmt.Println(len(stack), cap(stack))
	queue := []int{1}
	for len(queue) > 0 && len(queue) < 20 {
		head := queue[0]
		queue = queue[1:]
		if head < 10 {
			queue = append(queue, head*2, head*2+1)
		}
		fmt.Print(head, " ")
	}
	fmt.Println(queue)
	a := []int{1, 2, 3}
	b := a[len(a):]
	fmt.Println(b, len(b), cap(b))
	x := []int{3, 1, 2}
	x[0], x[1], x[2] = x[2], x[0], x[1]
	fmt.Println(x)
	i := 0
	i, x[i] = 1, 9
	fmt.Println(i, x)
	sum := 0
	for _, v := range [][]int{{1, 2}, {3}, nil, {4, 5, 6}} {
		for _, w := range v {
			sum += w
		}
	}
	fmt.Println(sum)
	vs := []int{1, 2, 3}
	for i := range vs {
		vs = append(vs, i)
	}
	fmt.Println(vs)
}
