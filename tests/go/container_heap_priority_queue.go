// A priority queue of tasks on container/heap that tracks each item's
// index, so priorities can change (heap.Fix) and items can be removed
// from the middle (heap.Remove).
package main

import (
	"container/heap"
	"fmt"
)

type task struct {
	name     string
	priority int
	index    int
}

type queue []*task

func (q queue) Len() int { return len(q) }
func (q queue) Less(i, j int) bool {
	if q[i].priority != q[j].priority {
		return q[i].priority > q[j].priority
	}
	return q[i].name < q[j].name
}
func (q queue) Swap(i, j int) {
	q[i], q[j] = q[j], q[i]
	q[i].index = i
	q[j].index = j
}
func (q *queue) Push(x any) {
	t := x.(*task)
	t.index = len(*q)
	*q = append(*q, t)
}
func (q *queue) Pop() any {
	old := *q
	n := len(old)
	t := old[n-1]
	old[n-1] = nil
	t.index = -1
	*q = old[:n-1]
	return t
}

func main() {
	tasks := map[string]int{"write": 3, "test": 5, "review": 4, "deploy": 1, "plan": 5, "lunch": 2}
	q := queue{}
	byName := map[string]*task{}
	for _, name := range []string{"write", "test", "review", "deploy", "plan", "lunch"} {
		t := &task{name: name, priority: tasks[name]}
		byName[name] = t
		q = append(q, t)
		t.index = len(q) - 1
	}
	heap.Init(&q)
	for i, t := range q {
		fmt.Print(i, ":", t.name, "/", t.priority, "/", t.index, " ")
	}
	fmt.Println()

	byName["deploy"].priority = 10
	heap.Fix(&q, byName["deploy"].index)
	heap.Push(&q, &task{name: "coffee", priority: 7})
	removed := heap.Remove(&q, byName["review"].index).(*task)
	fmt.Println("removed", removed.name, removed.index)
	for q.Len() > 0 {
		t := heap.Pop(&q).(*task)
		fmt.Println(t.name, t.priority, t.index)
	}
}
