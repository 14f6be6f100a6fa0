// container/ring: New, Len, Next, Prev, Move in both directions (and past
// the length), Do, Link and Unlink of sub-rings, the zero Ring (a ring of
// one) and the nil ring (empty).
package main

import (
	"container/ring"
	"fmt"
)

func show(r *ring.Ring) {
	fmt.Print(r.Len(), ":")
	r.Do(func(v any) { fmt.Print(" ", v) })
	fmt.Println()
}

func main() {
	r := ring.New(5)
	for i := 0; i < r.Len(); i++ {
		r.Value = i
		r = r.Next()
	}
	show(r)
	show(r.Move(2))
	show(r.Move(-1))
	show(r.Move(12))
	show(r.Prev())
	fmt.Println(r.Move(5) == r, r.Move(-5) == r)

	s := ring.New(3)
	for i := 0; i < 3; i++ {
		s.Value = string(rune('a' + i))
		s = s.Next()
	}
	after := r.Link(s)
	fmt.Println("link returned", after.Value)
	show(r)

	removed := r.Unlink(3)
	show(r)
	show(removed)
	fmt.Println(r.Unlink(0) == nil, r.Unlink(-1) == nil)
	sub := r.Link(r.Move(3))
	show(r)
	show(sub)
	same := r.Link(r.Next())
	fmt.Println(same == r.Next())
	show(r)

	var z ring.Ring
	fmt.Println(z.Len(), z.Next() == &z, z.Prev() == &z, z.Move(3) == &z)
	z.Value = "zero"
	show(&z)
	var empty *ring.Ring
	fmt.Println(empty.Len(), ring.New(0) == nil, ring.New(-3) == nil)
	empty.Do(func(any) { fmt.Println("never") })

	sum := 0
	big := ring.New(100)
	for i := 1; i <= 100; i++ {
		big.Value = i
		big = big.Next()
	}
	big.Do(func(v any) { sum += v.(int) })
	fmt.Println(sum, big.Move(37).Value, big.Move(-37).Value)
}
