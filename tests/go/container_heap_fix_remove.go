// Exercises heap.Fix and heap.Remove on an indexed min-heap of tasks.
package main

import (
	"container/heap"
	"fmt"
)

type task struct {
	name  string
	prio  int
	index int
}

type queue []*task

func (q queue) Len() int            { return len(q) }
func (q queue) Less(i, j int) bool  { return q[i].prio < q[j].prio }
func (q queue) Swap(i, j int)       { q[i], q[j] = q[j], q[i]; q[i].index = i; q[j].index = j }
func (q *queue) Push(x interface{}) { t := x.(*task); t.index = len(*q); *q = append(*q, t) }
func (q *queue) Pop() interface{} {
	old := *q
	t := old[len(old)-1]
	*q = old[:len(old)-1]
	t.index = -1
	return t
}

func main() {
	q := &queue{}
	tasks := map[string]*task{}
	for i, n := range []string{"a", "b", "c", "d", "e", "f", "g"} {
		t := &task{name: n, prio: (i * 5) % 7}
		tasks[n] = t
		heap.Push(q, t)
	}
	tasks["g"].prio = -1
	heap.Fix(q, tasks["g"].index)
	tasks["a"].prio = 100
	heap.Fix(q, tasks["a"].index)
	r := heap.Remove(q, tasks["d"].index).(*task)
	fmt.Println("removed", r.name, r.prio, r.index)
	r = heap.Remove(q, q.Len()-1).(*task)
	fmt.Println("removed last", r.name)
	for q.Len() > 0 {
		t := heap.Pop(q).(*task)
		fmt.Print(t.name, ":", t.prio, " ")
	}
	fmt.Println()
}
