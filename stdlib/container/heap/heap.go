// Package heap provides heap operations for any type that implements
// heap.Interface, as Go 1.19's container/heap. A heap is a tree with the
// property that each node is the minimum-valued node in its subtree.
//
// The tree is stored in the user's collection as an implicit binary tree:
// the children of index i are 2i+1 and 2i+2, the minimum is at index 0.
// Push appends through h.Push and sifts the new last element up; Pop swaps
// the minimum to the end, sifts the new root down over the first n-1
// elements, and takes the last through h.Pop. The sequence of Less and
// Swap calls is Go's, since user methods may observe it.
package heap

import "sort"

// The Interface type describes the requirements for a type using the
// routines in this package. Any type that implements it may be used as a
// min-heap with the following invariants (established after Init has been
// called or if the data is empty or sorted):
//
//	!h.Less(j, i) for 0 <= i < h.Len() and 2*i+1 <= j <= 2*i+2 and j < h.Len()
//
// Note that Push and Pop in this interface are for package heap's
// implementation to call. To add and remove things from the heap, use
// heap.Push and heap.Pop.
type Interface interface {
	sort.Interface
	Push(x any) // add x as element Len()
	Pop() any   // remove and return element Len() - 1.
}

// Init establishes the heap invariants required by the other routines in
// this package. It is idempotent with respect to the heap invariants and
// may be called whenever the heap invariants may have been invalidated.
// The complexity is O(n) where n = h.Len().
func Init(h Interface) {
	// Sift down every parent, the last parent first.
	n := h.Len()
	for i := n/2 - 1; i >= 0; i-- {
		down(h, i, n)
	}
}

// Push pushes the element x onto the heap. The complexity is O(log n)
// where n = h.Len().
func Push(h Interface, x any) {
	h.Push(x)
	up(h, h.Len()-1)
}

// Pop removes and returns the minimum element (according to Less) from the
// heap. The complexity is O(log n) where n = h.Len(). Pop is equivalent to
// Remove(h, 0).
func Pop(h Interface) any {
	last := h.Len() - 1
	h.Swap(0, last)
	down(h, 0, last)
	return h.Pop()
}

// Remove removes and returns the element at index i from the heap. The
// complexity is O(log n) where n = h.Len().
func Remove(h Interface, i int) any {
	last := h.Len() - 1
	if last != i {
		h.Swap(i, last)
		if !down(h, i, last) {
			up(h, i)
		}
	}
	return h.Pop()
}

// Fix re-establishes the heap ordering after the element at index i has
// changed its value. Changing the value of the element at index i and then
// calling Fix is equivalent to, but less expensive than, calling
// Remove(h, i) followed by a Push of the new value. The complexity is
// O(log n) where n = h.Len().
func Fix(h Interface, i int) {
	if !down(h, i, h.Len()) {
		up(h, i)
	}
}

// up moves element j towards the root while it is less than its parent.
func up(h Interface, j int) {
	for {
		parent := (j - 1) / 2 // 0 for the root itself, which stops the loop
		if parent == j || !h.Less(j, parent) {
			return
		}
		h.Swap(parent, j)
		j = parent
	}
}

// down moves element i0 of the first n towards the leaves while a child is
// less than it, and reports whether it moved.
func down(h Interface, i0, n int) bool {
	i := i0
	for {
		left := 2*i + 1
		if left >= n || left < 0 { // left < 0: 2i+1 overflowed
			break
		}
		child := left
		if right := left + 1; right < n && h.Less(right, left) {
			child = right
		}
		if !h.Less(child, i) {
			break
		}
		h.Swap(i, child)
		i = child
	}
	return i > i0
}
