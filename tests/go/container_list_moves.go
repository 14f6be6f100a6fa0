// container/list moves and splices: MoveToFront, MoveToBack, MoveBefore,
// MoveAfter (including no-op cases), PushBackList and PushFrontList of
// another list and of the list itself, and an LRU cache built on them.
package main

import (
	"container/list"
	"fmt"
)

func values(l *list.List) []any {
	var out []any
	for e := l.Front(); e != nil; e = e.Next() {
		out = append(out, e.Value)
	}
	return out
}

type lru struct {
	capacity int
	order    *list.List
	items    map[string]*list.Element
}

type entry struct {
	key   string
	value int
}

func (c *lru) get(key string) (int, bool) {
	if e, ok := c.items[key]; ok {
		c.order.MoveToFront(e)
		return e.Value.(*entry).value, true
	}
	return 0, false
}

func (c *lru) put(key string, value int) {
	if e, ok := c.items[key]; ok {
		e.Value.(*entry).value = value
		c.order.MoveToFront(e)
		return
	}
	c.items[key] = c.order.PushFront(&entry{key, value})
	if c.order.Len() > c.capacity {
		oldest := c.order.Back()
		c.order.Remove(oldest)
		delete(c.items, oldest.Value.(*entry).key)
	}
}

func main() {
	l := list.New()
	var es []*list.Element
	for i := 0; i < 6; i++ {
		es = append(es, l.PushBack(i))
	}
	fmt.Println(values(l))
	l.MoveToFront(es[3])
	fmt.Println(values(l))
	l.MoveToBack(es[0])
	fmt.Println(values(l))
	l.MoveBefore(es[5], es[1])
	fmt.Println(values(l))
	l.MoveAfter(es[3], es[4])
	fmt.Println(values(l))
	l.MoveBefore(es[2], es[2])
	l.MoveToFront(l.Front())
	l.MoveToBack(l.Back())
	fmt.Println(values(l))

	other := list.New()
	other.PushBack("a")
	other.PushBack("b")
	l.MoveToFront(other.Front())
	l.MoveAfter(es[1], other.Back())
	fmt.Println(values(l), values(other))
	l.PushBackList(other)
	l.PushFrontList(other)
	fmt.Println(values(l), l.Len())
	l.PushBackList(l)
	fmt.Println(values(l), l.Len())
	small := list.New()
	small.PushBack(1)
	small.PushBack(2)
	small.PushFrontList(small)
	fmt.Println(values(small))
	var zero list.List
	zero.PushBackList(other)
	fmt.Println(values(&zero))

	c := &lru{capacity: 3, order: list.New(), items: map[string]*list.Element{}}
	for i, k := range []string{"a", "b", "c", "a", "d", "b", "e", "a", "c"} {
		if v, ok := c.get(k); ok {
			fmt.Print("hit ", k, "=", v, "; ")
		} else {
			fmt.Print("miss ", k, "; ")
			c.put(k, i)
		}
	}
	fmt.Println()
	for e := c.order.Front(); e != nil; e = e.Next() {
		fmt.Print(*e.Value.(*entry), " ")
	}
	fmt.Println(len(c.items))
}
