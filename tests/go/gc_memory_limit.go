// debug.SetMemoryLimit: the initial limit is math.MaxInt64 (no GOMEMLIMIT),
// a negative argument only reads it, and each call returns the previous one.
// With GOGC off and a limit, the collector still runs and the heap stays
// near the limit while garbage is made.
package main

import (
	"fmt"
	"math"
	"runtime"
	"runtime/debug"
)

type block struct {
	next *block
	data [1000]int
}

func main() {
	fmt.Println(debug.SetMemoryLimit(-1) == math.MaxInt64)
	fmt.Println(debug.SetMemoryLimit(32<<20) == math.MaxInt64)
	fmt.Println(debug.SetMemoryLimit(-1))
	fmt.Println(debug.SetGCPercent(-1))

	var before runtime.MemStats
	runtime.ReadMemStats(&before)
	var keep *block
	for i := 0; i < 40000; i++ { // about 320 MB of garbage, 8 KB at a time
		b := &block{next: keep}
		b.data[0] = i
		if i%1000 == 0 {
			keep = b
		}
	}
	var after runtime.MemStats
	runtime.ReadMemStats(&after)
	fmt.Println("collected:", after.NumGC > before.NumGC)
	fmt.Println("heap under 64 MB:", after.HeapSys < 64<<20)
	n := 0
	for b := keep; b != nil; b = b.next {
		n++
	}
	fmt.Println("kept:", n)
	fmt.Println(debug.SetGCPercent(100))
}
