// Solves the Josephus problem with container/ring, removing every k-th element.
package main

import (
	"container/ring"
	"fmt"
)

func josephus(n, k int) []int {
	r := ring.New(n)
	for i := 1; i <= n; i++ {
		r.Value = i
		r = r.Next()
	}
	r = r.Prev()
	var order []int
	for r.Len() > 1 {
		r = r.Move(k - 1)
		order = append(order, r.Unlink(1).Value.(int))
	}
	return append(order, r.Value.(int))
}

func main() {
	fmt.Println(josephus(7, 3))
	fmt.Println(josephus(10, 2))
	fmt.Println(josephus(5, 1))
	fmt.Println(josephus(1, 4))
	last := josephus(41, 3)
	fmt.Println(last[len(last)-1])
}
