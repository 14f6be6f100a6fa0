// container/list: the zero List, pushes and inserts at both ends, Front,
// Back, Next and Prev, Remove (twice, and of a foreign element), Init to
// clear, and values of mixed types.
package main

import (
	"container/list"
	"fmt"
)

func dump(name string, l *list.List) {
	fmt.Print(name, " len=", l.Len(), " [")
	for e := l.Front(); e != nil; e = e.Next() {
		fmt.Print(" ", e.Value)
	}
	fmt.Print(" ] reversed [")
	for e := l.Back(); e != nil; e = e.Prev() {
		fmt.Print(" ", e.Value)
	}
	fmt.Println(" ]")
}

func main() {
	var l list.List
	dump("zero", &l)
	fmt.Println(l.Front() == nil, l.Back() == nil)
	e4 := l.PushBack(4)
	e1 := l.PushFront(1)
	l.InsertBefore(3, e4)
	l.InsertAfter(2, e1)
	l.PushBack("five")
	l.PushBack(6.5)
	l.PushFront([]int{0})
	dump("built", &l)
	fmt.Println(l.Front().Value, l.Back().Value, l.Front().Prev() == nil, l.Back().Next() == nil)

	fmt.Println(l.Remove(e4), l.Len())
	fmt.Println(l.Remove(e4), l.Len(), e4.Next() == nil, e4.Prev() == nil)
	dump("removed 4", &l)

	other := list.New()
	foreign := other.PushBack("foreign")
	fmt.Println(l.Remove(foreign), l.Len(), other.Len())
	fmt.Println(l.InsertBefore("x", foreign) == nil, l.InsertAfter("x", foreign) == nil, l.InsertAfter("y", e4) == nil)

	for e := l.Front(); e != nil; {
		next := e.Next()
		if _, isInt := e.Value.(int); isInt {
			l.Remove(e)
		}
		e = next
	}
	dump("no ints", &l)
	l.Init()
	dump("cleared", &l)
	l.PushBack("again")
	dump("reused", &l)
}
