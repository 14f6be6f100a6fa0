// Exercises ring.New, Len, Next/Prev, Move with negative and large offsets, and Do.
package main

import (
	"container/ring"
	"fmt"
)

func main() {
	r := ring.New(5)
	for i := 0; i < r.Len(); i++ {
		r.Value = i
		r = r.Next()
	}
	r.Do(func(v interface{}) { fmt.Print(v, " ") })
	fmt.Println()
	fmt.Println(r.Move(2).Value, r.Move(-1).Value, r.Move(7).Value, r.Move(-12).Value, r.Move(0).Value)
	fmt.Println(r.Prev().Value, r.Next().Next().Value)
	sum := 0
	r.Do(func(v interface{}) { sum += v.(int) })
	fmt.Println(sum)
	fmt.Println(ring.New(0) == nil, ring.New(-1) == nil, ring.New(1).Len())
	var z ring.Ring
	fmt.Println(z.Len(), z.Next() == &z, z.Prev() == &z, z.Value)
	var nilRing *ring.Ring
	fmt.Println(nilRing.Len())
}
