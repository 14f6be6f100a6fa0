// Deep recursion: Go's goroutine stacks grow, so depths of a million frames
// work, including frames with large locals and through closures and methods.
package main

import "fmt"

func depth(n int) int {
	if n == 0 {
		return 0
	}
	return depth(n-1) + 1
}

func sumTo(n int64, acc int64) int64 {
	if n == 0 {
		return acc
	}
	return sumTo(n-1, acc+n)
}

func withLocals(n int) int {
	var buf [64]int
	buf[n%64] = n
	if n == 0 {
		return buf[0]
	}
	return withLocals(n-1) + buf[n%64]%3
}

type walker struct{ steps int }

func (w *walker) walk(n int) {
	if n == 0 {
		return
	}
	w.steps++
	w.walk(n - 1)
}

type list struct {
	next *list
	v    int
}

func length(l *list) int {
	if l == nil {
		return 0
	}
	return 1 + length(l.next)
}

func main() {
	fmt.Println(depth(1000000))
	fmt.Println(sumTo(1000000, 0))
	fmt.Println(withLocals(100000))

	var rec func(int) int
	rec = func(n int) int {
		if n == 0 {
			return 0
		}
		return rec(n-1) + 2
	}
	fmt.Println(rec(500000))

	w := &walker{}
	w.walk(300000)
	fmt.Println(w.steps)

	var head *list
	for i := 0; i < 200000; i++ {
		head = &list{head, i}
	}
	fmt.Println(length(head))

	var even func(int) bool
	odd := func(n int) bool { return n != 0 && even(n-1) }
	even = func(n int) bool { return n == 0 || odd(n-1) }
	fmt.Println(even(400000), odd(400001), even(7))
}
