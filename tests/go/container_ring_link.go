// Exercises ring.Link joining two rings and removing from the same ring, and Unlink.
package main

import (
	"container/ring"
	"fmt"
)

func build(vals ...interface{}) *ring.Ring {
	r := ring.New(len(vals))
	for _, v := range vals {
		r.Value = v
		r = r.Next()
	}
	return r
}

func show(r *ring.Ring) {
	fmt.Print(r.Len(), ": ")
	r.Do(func(v interface{}) { fmt.Print(v, " ") })
	fmt.Println()
}

func main() {
	a := build(1, 2, 3)
	b := build("x", "y")
	rest := a.Link(b)
	show(a)
	show(rest)
	removed := a.Link(a.Move(3))
	show(a)
	show(removed)
	c := build(10, 20, 30, 40, 50, 60)
	u := c.Unlink(2)
	show(c)
	show(u)
	fmt.Println(c.Unlink(0) == nil, c.Unlink(-1) == nil, c.Len())
	u2 := c.Unlink(c.Len() - 1)
	show(c)
	show(u2)
	self := build(7)
	fmt.Println(self.Link(self) == self, self.Len())
}
