// container/heap on a slice of ints whose Less and Swap print their
// arguments, so the exact sequence of comparisons and swaps of Init,
// Push, Pop, Fix and Remove is checked, then a heap sort.
package main

import (
	"container/heap"
	"fmt"
)

type IntHeap []int

func (h IntHeap) Len() int           { return len(h) }
func (h IntHeap) Less(i, j int) bool { fmt.Print("L", i, j, " "); return h[i] < h[j] }
func (h IntHeap) Swap(i, j int)      { fmt.Print("S", i, j, " "); h[i], h[j] = h[j], h[i] }
func (h *IntHeap) Push(x any)        { *h = append(*h, x.(int)) }
func (h *IntHeap) Pop() any {
	old := *h
	n := len(old)
	x := old[n-1]
	*h = old[:n-1]
	return x
}

type quiet []int

func (h quiet) Len() int           { return len(h) }
func (h quiet) Less(i, j int) bool { return h[i] > h[j] } // a max-heap
func (h quiet) Swap(i, j int)      { h[i], h[j] = h[j], h[i] }
func (h *quiet) Push(x any)        { *h = append(*h, x.(int)) }
func (h *quiet) Pop() any {
	old := *h
	x := old[len(old)-1]
	*h = old[:len(old)-1]
	return x
}

func main() {
	h := &IntHeap{5, 2, 8, 1, 9, 3, 7}
	heap.Init(h)
	fmt.Println("\ninit:", *h)
	heap.Push(h, 0)
	fmt.Println("\npush 0:", *h)
	(*h)[4] = 100
	heap.Fix(h, 4)
	fmt.Println("\nfix 4:", *h)
	(*h)[6] = -1
	heap.Fix(h, 6)
	fmt.Println("\nfix 6:", *h)
	fmt.Println("\nremove 2:", heap.Remove(h, 2), *h)
	fmt.Println("\nremove last:", heap.Remove(h, h.Len()-1), *h)
	for h.Len() > 0 {
		fmt.Println("\npop:", heap.Pop(h))
	}

	q := &quiet{}
	for _, v := range []int{31, 4, 15, 92, 65, 35, 89, 79, 32, 38, 46, 26, 43} {
		heap.Push(q, v)
	}
	var sorted []int
	for q.Len() > 0 {
		sorted = append(sorted, heap.Pop(q).(int))
	}
	fmt.Println(sorted)
}
