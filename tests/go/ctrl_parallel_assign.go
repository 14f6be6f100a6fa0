// Parallel assignment: swaps through index expressions, struct fields and
// pointers, and rotations; all right-hand sides are evaluated before any store.
package main

import "fmt"

type pt struct{ x, y int }

func reverse(s []int) {
	for i, j := 0, len(s)-1; i < j; i, j = i+1, j-1 {
		s[i], s[j] = s[j], s[i]
	}
}

func fib(n int) int {
	a, b := 0, 1
	for i := 0; i < n; i++ {
		a, b = b, a+b
	}
	return a
}

func main() {
	s := []int{1, 2, 3, 4, 5, 6, 7}
	reverse(s)
	fmt.Println(s)

	i, j := 1, 5
	s[i], s[j] = s[j], s[i]
	fmt.Println(s)
	i, s[i] = s[i], 100
	fmt.Println(i, s)

	p := pt{1, 2}
	p.x, p.y = p.y, p.x
	fmt.Println(p)
	q := &p
	q.x, q.y = q.y+10, q.x+20
	fmt.Println(p, *q)

	ps := []pt{{1, 2}, {3, 4}}
	ps[0], ps[1] = ps[1], ps[0]
	ps[0].x, ps[1].y = ps[1].y, ps[0].x
	fmt.Println(ps)

	a, b, c := 1, 2, 3
	a, b, c = c, a, b
	fmt.Println(a, b, c)

	x, y := 10, 20
	px, py := &x, &y
	*px, *py = *py, *px
	fmt.Println(x, y)
	px, py = py, px
	fmt.Println(*px, *py)

	arr := [4]int{0, 1, 2, 3}
	k := 0
	k, arr[k], arr[k+1] = 2, arr[3], arr[2]
	fmt.Println(k, arr)

	fmt.Println(fib(10), fib(50), fib(90))

	grid := [][]int{{1, 2}, {3, 4}}
	grid[0][1], grid[1][0] = grid[1][0], grid[0][1]
	grid[0], grid[1] = grid[1], grid[0]
	fmt.Println(grid)

	var ss []string
	ss = append(ss, "a", "b")
	ss[0], ss[1] = ss[1]+ss[0], ss[0]+"!"
	fmt.Println(ss)
	_, second := 1, 2
	fmt.Println(second)
}
