// A binary search tree with insert, delete, in-order walk via callback,
// height, and a Stringer printing the tree; pseudo-random keys from an LCG.
package main

import "fmt"

type node struct {
	key         int
	left, right *node
}

type tree struct {
	root *node
	size int
}

func (t *tree) insert(k int) bool {
	p := &t.root
	for *p != nil {
		switch {
		case k < (*p).key:
			p = &(*p).left
		case k > (*p).key:
			p = &(*p).right
		default:
			return false
		}
	}
	*p = &node{key: k}
	t.size++
	return true
}

func (t *tree) remove(k int) bool {
	p := &t.root
	for *p != nil && (*p).key != k {
		if k < (*p).key {
			p = &(*p).left
		} else {
			p = &(*p).right
		}
	}
	n := *p
	if n == nil {
		return false
	}
	switch {
	case n.left == nil:
		*p = n.right
	case n.right == nil:
		*p = n.left
	default:
		succ := &n.right
		for (*succ).left != nil {
			succ = &(*succ).left
		}
		s := *succ
		*succ = s.right
		s.left, s.right = n.left, n.right
		*p = s
	}
	t.size--
	return true
}

func (n *node) walk(visit func(int)) {
	if n == nil {
		return
	}
	n.left.walk(visit)
	visit(n.key)
	n.right.walk(visit)
}

func (n *node) height() int {
	if n == nil {
		return 0
	}
	l, r := n.left.height(), n.right.height()
	if l > r {
		return l + 1
	}
	return r + 1
}

func (n *node) String() string {
	if n == nil {
		return "."
	}
	if n.left == nil && n.right == nil {
		return fmt.Sprint(n.key)
	}
	return fmt.Sprintf("(%v %d %v)", n.left, n.key, n.right)
}

type lcg struct{ state uint32 }

func (g *lcg) next() int {
	g.state = g.state*1664525 + 1013904223
	return int(g.state >> 16)
}

func main() {
	var t tree
	for _, k := range []int{50, 30, 70, 20, 40, 60, 80, 30} {
		t.insert(k)
	}
	fmt.Println(t.root, t.size, t.root.height())
	t.remove(30)
	t.remove(50)
	t.remove(99)
	fmt.Println(t.root, t.size)

	var big tree
	g := &lcg{42}
	for i := 0; i < 5000; i++ {
		big.insert(g.next() % 10000)
	}
	sum, count, prev, sorted := 0, 0, -1, true
	big.root.walk(func(k int) {
		sum += k
		count++
		if k <= prev {
			sorted = false
		}
		prev = k
	})
	fmt.Println(big.size, count, sum, sorted, big.root.height())
	removed := 0
	for k := 0; k < 10000; k += 3 {
		if big.remove(k) {
			removed++
		}
	}
	count = 0
	big.root.walk(func(int) { count++ })
	fmt.Println(removed, big.size, count)
}
