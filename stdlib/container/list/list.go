// Package list implements a doubly linked list, as Go 1.19's container/list.
//
// A List is a ring through a sentinel Element (root) embedded in the List:
// root.next is the front, root.prev the back, and an empty list's root
// points at itself, so insertion and removal need no nil checks. The zero
// List is ready to use: its nil links are initialized on the first push
// (lazyInit). Each Element records its List, so that operations given an
// element of another list (or a removed one) do nothing, as in Go; Next
// and Prev return nil at the sentinel.
//
// To iterate over a list (where l is a *List):
//
//	for e := l.Front(); e != nil; e = e.Next() {
//		// do something with e.Value
//	}
package list

// Element is an element of a linked list.
type Element struct {
	next, prev *Element
	list       *List // nil once removed

	// The value stored with this element.
	Value any
}

// Next returns the next list element or nil.
func (e *Element) Next() *Element {
	if next := e.next; e.list != nil && next != &e.list.root {
		return next
	}
	return nil
}

// Prev returns the previous list element or nil.
func (e *Element) Prev() *Element {
	if prev := e.prev; e.list != nil && prev != &e.list.root {
		return prev
	}
	return nil
}

// List represents a doubly linked list. The zero value for List is an
// empty list ready to use.
type List struct {
	root Element // the sentinel; only its links are used
	len  int     // elements, not counting root
}

// Init initializes or clears list l.
func (l *List) Init() *List {
	l.root.next = &l.root
	l.root.prev = &l.root
	l.len = 0
	return l
}

// New returns an initialized list.
func New() *List { return new(List).Init() }

// Len returns the number of elements of list l. The complexity is O(1).
func (l *List) Len() int { return l.len }

// Front returns the first element of list l or nil if the list is empty.
func (l *List) Front() *Element {
	if l.len == 0 {
		return nil
	}
	return l.root.next
}

// Back returns the last element of list l or nil if the list is empty.
func (l *List) Back() *Element {
	if l.len == 0 {
		return nil
	}
	return l.root.prev
}

// lazyInit makes a zero List usable.
func (l *List) lazyInit() {
	if l.root.next == nil {
		l.Init()
	}
}

// insertAfter links e in after at and returns it.
func (l *List) insertAfter(e, at *Element) *Element {
	e.prev = at
	e.next = at.next
	at.next = e
	e.next.prev = e
	e.list = l
	l.len++
	return e
}

// unlink takes e out of its neighbours' links.
func unlink(e *Element) {
	e.prev.next = e.next
	e.next.prev = e.prev
}

// move relinks e, an element of l, after at.
func (l *List) move(e, at *Element) {
	if e == at {
		return
	}
	unlink(e)
	e.prev = at
	e.next = at.next
	at.next = e
	e.next.prev = e
}

// Remove removes e from l if e is an element of list l. It returns the
// element value e.Value. The element must not be nil.
func (l *List) Remove(e *Element) any {
	if e.list == l {
		unlink(e)
		e.next, e.prev, e.list = nil, nil, nil
		l.len--
	}
	return e.Value
}

// PushFront inserts a new element e with value v at the front of list l
// and returns e.
func (l *List) PushFront(v any) *Element {
	l.lazyInit()
	return l.insertAfter(&Element{Value: v}, &l.root)
}

// PushBack inserts a new element e with value v at the back of list l and
// returns e.
func (l *List) PushBack(v any) *Element {
	l.lazyInit()
	return l.insertAfter(&Element{Value: v}, l.root.prev)
}

// InsertBefore inserts a new element e with value v immediately before
// mark and returns e. If mark is not an element of l, the list is not
// modified. The mark must not be nil.
func (l *List) InsertBefore(v any, mark *Element) *Element {
	if mark.list != l {
		return nil
	}
	return l.insertAfter(&Element{Value: v}, mark.prev)
}

// InsertAfter inserts a new element e with value v immediately after mark
// and returns e. If mark is not an element of l, the list is not modified.
// The mark must not be nil.
func (l *List) InsertAfter(v any, mark *Element) *Element {
	if mark.list != l {
		return nil
	}
	return l.insertAfter(&Element{Value: v}, mark)
}

// MoveToFront moves element e to the front of list l. If e is not an
// element of l, the list is not modified. The element must not be nil.
func (l *List) MoveToFront(e *Element) {
	if e.list != l || l.root.next == e {
		return
	}
	l.move(e, &l.root)
}

// MoveToBack moves element e to the back of list l. If e is not an element
// of l, the list is not modified. The element must not be nil.
func (l *List) MoveToBack(e *Element) {
	if e.list != l || l.root.prev == e {
		return
	}
	l.move(e, l.root.prev)
}

// MoveBefore moves element e to its new position before mark. If e or mark
// is not an element of l, or e == mark, the list is not modified. The
// element and mark must not be nil.
func (l *List) MoveBefore(e, mark *Element) {
	if e.list != l || e == mark || mark.list != l {
		return
	}
	l.move(e, mark.prev)
}

// MoveAfter moves element e to its new position after mark. If e or mark
// is not an element of l, or e == mark, the list is not modified. The
// element and mark must not be nil.
func (l *List) MoveAfter(e, mark *Element) {
	if e.list != l || e == mark || mark.list != l {
		return
	}
	l.move(e, mark)
}

// PushBackList inserts a copy of another list at the back of list l. The
// lists l and other may be the same (the count is taken first, so a list
// appended to itself doubles once). They must not be nil.
func (l *List) PushBackList(other *List) {
	l.lazyInit()
	for n, e := other.Len(), other.Front(); n > 0; n, e = n-1, e.Next() {
		l.insertAfter(&Element{Value: e.Value}, l.root.prev)
	}
}

// PushFrontList inserts a copy of another list at the front of list l. The
// lists l and other may be the same. They must not be nil.
func (l *List) PushFrontList(other *List) {
	l.lazyInit()
	for n, e := other.Len(), other.Back(); n > 0; n, e = n-1, e.Prev() {
		l.insertAfter(&Element{Value: e.Value}, &l.root)
	}
}
