// Exercises heap.Init on unsorted data, a max-heap via inverted Less, and heap sort.
package main

import (
	"container/heap"
	"fmt"
)

type maxHeap []int

func (h maxHeap) Len() int            { return len(h) }
func (h maxHeap) Less(i, j int) bool  { return h[i] > h[j] }
func (h maxHeap) Swap(i, j int)       { h[i], h[j] = h[j], h[i] }
func (h *maxHeap) Push(x interface{}) { *h = append(*h, x.(int)) }
func (h *maxHeap) Pop() interface{} {
	old := *h
	x := old[len(old)-1]
	*h = old[:len(old)-1]
	return x
}

func valid(h maxHeap) bool {
	for i := 1; i < len(h); i++ {
		if h[(i-1)/2] < h[i] {
			return false
		}
	}
	return true
}

func main() {
	h := maxHeap{3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5, 8, 9, 7, 9}
	heap.Init(&h)
	fmt.Println(valid(h), h[0], len(h))
	var out []int
	for h.Len() > 0 {
		out = append(out, heap.Pop(&h).(int))
	}
	fmt.Println(out)
	var empty maxHeap
	heap.Init(&empty)
	heap.Push(&empty, 1)
	heap.Push(&empty, 1)
	fmt.Println(empty)
	top := heap.Pop(&empty)
	fmt.Println(top, empty, empty.Len())
	big := maxHeap{}
	for i := 0; i < 200; i++ {
		heap.Push(&big, (i*73)%101)
	}
	fmt.Println(valid(big), big[0])
	for i := 0; i < 50; i++ {
		heap.Pop(&big)
	}
	fmt.Println(valid(big), big[0], big.Len())
}
