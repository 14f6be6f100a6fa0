// Exercises MoveBefore/MoveAfter/MoveToBack with self, neighbours and foreign marks.
package main

import (
	"container/list"
	"fmt"
)

func show(l *list.List) {
	for e := l.Front(); e != nil; e = e.Next() {
		fmt.Print(e.Value)
	}
	fmt.Print(" ")
	for e := l.Back(); e != nil; e = e.Prev() {
		fmt.Print(e.Value)
	}
	fmt.Println()
}

func main() {
	l := list.New()
	a, b, c, d := l.PushBack("a"), l.PushBack("b"), l.PushBack("c"), l.PushBack("d")
	l.MoveBefore(a, a)
	show(l)
	l.MoveAfter(b, a)
	show(l)
	l.MoveBefore(b, a)
	show(l)
	l.MoveAfter(a, d)
	show(l)
	l.MoveToBack(a)
	show(l)
	l.MoveToFront(a)
	show(l)
	l.MoveBefore(d, c)
	show(l)
	other := list.New()
	x := other.PushBack("x")
	l.MoveAfter(x, a)
	l.MoveBefore(a, x)
	l.MoveToFront(x)
	show(l)
	show(other)
}
