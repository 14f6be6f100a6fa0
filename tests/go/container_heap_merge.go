// Uses container/heap to merge sorted lists (k-way merge) with struct elements.
package main

import (
	"container/heap"
	"fmt"
)

type cursor struct {
	list []string
	pos  int
}

type cursors []*cursor

func (c cursors) Len() int            { return len(c) }
func (c cursors) Less(i, j int) bool  { return c[i].list[c[i].pos] < c[j].list[c[j].pos] }
func (c cursors) Swap(i, j int)       { c[i], c[j] = c[j], c[i] }
func (c *cursors) Push(x interface{}) { *c = append(*c, x.(*cursor)) }
func (c *cursors) Pop() interface{} {
	old := *c
	x := old[len(old)-1]
	*c = old[:len(old)-1]
	return x
}

func main() {
	lists := [][]string{{"apple", "fig", "kiwi"}, {}, {"banana", "cherry", "zucchini"}, {"date"}, {"apple", "lemon"}}
	h := &cursors{}
	for _, l := range lists {
		if len(l) > 0 {
			*h = append(*h, &cursor{list: l})
		}
	}
	heap.Init(h)
	for h.Len() > 0 {
		c := (*h)[0]
		fmt.Print(c.list[c.pos], " ")
		c.pos++
		if c.pos == len(c.list) {
			heap.Pop(h)
		} else {
			heap.Fix(h, 0)
		}
	}
	fmt.Println()
}
