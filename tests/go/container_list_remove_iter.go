// Exercises removing list elements while iterating, Init reuse and element ownership after Remove.
package main

import (
	"container/list"
	"fmt"
)

func values(l *list.List) []interface{} {
	var out []interface{}
	for e := l.Front(); e != nil; e = e.Next() {
		out = append(out, e.Value)
	}
	return out
}

func main() {
	l := list.New()
	for i := 0; i < 10; i++ {
		l.PushBack(i)
	}
	for e := l.Front(); e != nil; {
		next := e.Next()
		if e.Value.(int)%3 == 0 {
			l.Remove(e)
		}
		e = next
	}
	fmt.Println(values(l), l.Len())
	e := l.Front()
	v := l.Remove(e)
	fmt.Println(v, e.Next() == nil, e.Prev() == nil, l.Len())
	fmt.Println(l.Remove(e), l.Len())
	l.MoveToFront(e)
	fmt.Println(values(l))
	l.Init()
	fmt.Println(l.Len(), l.Front() == nil, values(l))
	l.PushBack("again")
	fmt.Println(values(l))
	// LRU-like usage: move accessed items to the front, evict from the back.
	lru := list.New()
	idx := map[string]*list.Element{}
	for _, k := range []string{"a", "b", "c", "a", "d", "b", "e", "a"} {
		if el, ok := idx[k]; ok {
			lru.MoveToFront(el)
			continue
		}
		idx[k] = lru.PushFront(k)
		if lru.Len() > 3 {
			old := lru.Back()
			lru.Remove(old)
			delete(idx, old.Value.(string))
		}
	}
	fmt.Println(values(lru))
}
