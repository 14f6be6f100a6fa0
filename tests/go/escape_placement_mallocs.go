// Escape analysis decides placement: runtime.ReadMemStats's Mallocs counts
// heap allocations, so a loop whose &T{}, new, make, slice literal or
// address-taken variable does not escape allocates nothing, and the
// escaping variant allocates once per iteration.
package main

import (
	"fmt"
	"runtime"
)

type T struct {
	a, b int
	next *T
}

var sink *T
var sinkSlice []int

func sum(p *T) int { return p.a + p.b }

func sumSlice(s []int) int {
	total := 0
	for _, v := range s {
		total += v
	}
	return total
}

const n = 100000

func mallocs() uint64 {
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	return m.Mallocs
}

func compositeNoEscape() int {
	total := 0
	for i := 0; i < n; i++ {
		total += sum(&T{a: i, b: 1})
	}
	return total
}

func compositeEscape() int {
	total := 0
	for i := 0; i < n; i++ {
		p := &T{a: i, b: 1}
		sink = p
		total += sum(p)
	}
	return total
}

func newNoEscape() int {
	total := 0
	for i := 0; i < n; i++ {
		p := new(T)
		p.a = i
		total += sum(p)
	}
	return total
}

func makeNoEscape() int {
	total := 0
	for i := 0; i < n; i++ {
		s := make([]int, 8)
		s[i%8] = i
		total += sumSlice(s)
	}
	return total
}

func makeEscape() int {
	total := 0
	for i := 0; i < n; i++ {
		s := make([]int, 8)
		s[i%8] = i
		sinkSlice = s
		total += sumSlice(s)
	}
	return total
}

func literalNoEscape() int {
	total := 0
	for i := 0; i < n; i++ {
		total += sumSlice([]int{i, 1, 2})
	}
	return total
}

func addressTakenNoEscape() int {
	total := 0
	for i := 0; i < n; i++ {
		var t T
		t.a = i
		p := &t
		p.b = 2
		total += sum(p)
	}
	return total
}

func largeNoEscape() int {
	// 4 KiB: over golem's frame-value limit, under Go's stack limits.
	total := 0
	for i := 0; i < n; i++ {
		var buf [512]int
		buf[i%512] = i
		p := &buf
		total += p[i%512]
	}
	return total
}

func chainNoEscape() int {
	// Stack objects pointing at each other.
	total := 0
	for i := 0; i < n; i++ {
		a := &T{a: i}
		b := &T{a: 1, next: a}
		c := &T{a: 2, next: b}
		for p := c; p != nil; p = p.next {
			total += p.a
		}
	}
	return total
}

func measure(name string, f func() int) {
	before := mallocs()
	result := f()
	after := mallocs()
	fmt.Printf("%-22s result %d, heap allocations per iteration: %d\n", name, result, (after-before)/n)
}

func main() {
	measure("&T{} not escaping", compositeNoEscape)
	measure("&T{} escaping", compositeEscape)
	measure("new(T) not escaping", newNoEscape)
	measure("make not escaping", makeNoEscape)
	measure("make escaping", makeEscape)
	measure("[]int{...} not escaping", literalNoEscape)
	measure("&x not escaping", addressTakenNoEscape)
	measure("linked stack objects", chainNoEscape)
	measure("4 KiB array not escaping", largeNoEscape)
	fmt.Println(sink.a, len(sinkSlice))
}
