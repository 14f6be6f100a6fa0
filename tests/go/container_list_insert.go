// Exercises list.InsertBefore/InsertAfter, PushFrontList/PushBackList and foreign elements.
package main

import (
	"container/list"
	"fmt"
)

func dump(l *list.List) {
	fmt.Print(l.Len(), ": ")
	for e := l.Front(); e != nil; e = e.Next() {
		fmt.Print(e.Value, " ")
	}
	fmt.Print("| ")
	for e := l.Back(); e != nil; e = e.Prev() {
		fmt.Print(e.Value, " ")
	}
	fmt.Println()
}

func main() {
	l := list.New()
	e2 := l.PushBack(2)
	l.InsertBefore(1, e2)
	e4 := l.InsertAfter(4, e2)
	l.InsertBefore(3, e4)
	dump(l)
	other := list.New()
	other.PushBack("x")
	other.PushBack("y")
	l.PushBackList(other)
	l.PushFrontList(other)
	dump(l)
	l.PushBackList(l)
	dump(l)
	foreign := other.Front()
	fmt.Println(l.InsertBefore("nope", foreign) == nil, l.InsertAfter("nope", foreign) == nil, l.Remove(foreign), l.Len(), other.Len())
	var zero list.List
	zero.PushBack(1)
	zero.PushFront(0)
	dump(&zero)
	fmt.Println(list.New().Front() == nil, list.New().Back() == nil, list.New().Len())
}
