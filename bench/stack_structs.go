// 10^7 short-lived structs that escape analysis keeps off the heap: the
// loop's &Vec{} and new(Vec) do not escape, so Go (and golem) place them in
// the frame. Prints the result and whether the loop allocated on the heap.
package main

import (
	"fmt"
	"runtime"
)

type Vec struct{ x, y, z float64 }

func dot(a, b *Vec) float64 { return a.x*b.x + a.y*b.y + a.z*b.z }

func main() {
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	before := m.Mallocs
	total := 0.0
	for i := 0; i < 10000000; i++ {
		a := &Vec{float64(i), 1, 2}
		b := new(Vec)
		b.x, b.y, b.z = 3, float64(i%7), 5
		total += dot(a, b)
	}
	runtime.ReadMemStats(&m)
	fmt.Println(total)
	fmt.Println("heap allocations in the loop:", m.Mallocs-before)
}
