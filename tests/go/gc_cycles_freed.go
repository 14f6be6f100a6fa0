package main

import (
	"fmt"
	"runtime"
)

type ring struct {
	next *ring
	data [16]int
}

func makeRing(n int) *ring {
	first := &ring{}
	r := first
	for i := 1; i < n; i++ {
		r.next = &ring{}
		r = r.next
		r.data[0] = i
	}
	r.next = first
	return first
}

func main() {
	var m runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&m)
	before := m.HeapAlloc
	for i := 0; i < 200; i++ {
		r := makeRing(1000) // about 144 KB of cyclic garbage per ring
		_ = r
	}
	runtime.GC()
	runtime.ReadMemStats(&m)
	fmt.Println("garbage cycles freed:", m.HeapAlloc < before+4<<20)
	fmt.Println("collections ran:", m.NumGC >= 2, "forced:", m.NumForcedGC >= 2)
	fmt.Println("frees counted:", m.Frees > 100000)
}
