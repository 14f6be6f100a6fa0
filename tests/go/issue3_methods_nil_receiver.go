package main

import "fmt"

type List struct {
	Val  int
	Next *List
}

func (l *List) Len() int {
	if l == nil {
		return 0
	}
	return 1 + l.Next.Len()
}

func (l *List) Sum() (s int) {
	for ; l != nil; l = l.Next {
		s += l.Val
	}
	return
}

func (l *List) Push(v int) *List { return &List{v, l} }

func (l *List) String() string {
	if l == nil {
		return "nil"
	}
	return fmt.Sprintf("%d->%s", l.Val, l.Next.String())
}

type Tree struct {
	L, R *Tree
	V    int
}

func (t *Tree) Insert(v int) *Tree {
	if t == nil {
		return &Tree{V: v}
	}
	if v < t.V {
		t.L = t.L.Insert(v)
	} else {
		t.R = t.R.Insert(v)
	}
	return t
}

func (t *Tree) Walk(f func(int)) {
	if t == nil {
		return
	}
	t.L.Walk(f)
	f(t.V)
	t.R.Walk(f)
}

func main() {
	var l *List
	fmt.Println(l.Len(), l.Sum(), l.String())
	l = l.Push(1).Push(2).Push(3)
	fmt.Println(l.Len(), l.Sum(), l)
	fmt.Printf("%v %s\n", l, l.Next)
	var nl *List
	fmt.Println(nl)
	fmt.Printf("[%v] [%s] [%+v]\n", nl, nl, nl)
	var t *Tree
	for _, v := range []int{5, 3, 8, 1, 4, 9, 7} {
		t = t.Insert(v)
	}
	var out []int
	t.Walk(func(v int) { out = append(out, v) })
	fmt.Println(out)
	// A nil *List in an interface still dispatches.
	var s fmt.Stringer = nl
	fmt.Println(s.String(), s != nil)
}
