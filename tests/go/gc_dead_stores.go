// Stores into a local array that nothing reads are dead, as gc's dead auto
// elimination makes them: the objects stored keep nothing alive. Their
// index, value and bounds check still run, in order: a bad index panics
// after the right-hand side is evaluated, as for any element store. An array that is read
// anywhere (here, once, at the end) keeps what it holds.
package main

import (
	"fmt"
	"runtime"
)

type big struct{ data [1 << 20]byte }

func newBig(v byte) *big {
	b := &big{}
	b.data[0] = v
	return b
}

func heapAfterGC() uint64 {
	runtime.GC()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	return ms.HeapAlloc
}

func writeOnlyWindow() bool {
	base := heapAfterGC()
	window := make([]*big, 8)
	for i := 0; i < 8; i++ {
		window[i%len(window)] = newBig(byte(i))
	}
	return heapAfterGC() < base+2<<20
}

func readWindow() bool {
	base := heapAfterGC()
	window := make([]*big, 8)
	for i := 0; i < 8; i++ {
		window[i%len(window)] = newBig(byte(i))
	}
	kept := heapAfterGC() > base+7<<20
	return kept && window[3].data[0] == 3
}

func writeOnlyArray() bool {
	base := heapAfterGC()
	var ring [4]*big
	for i := 0; i < 4; i++ {
		ring[i] = newBig(byte(i))
	}
	return heapAfterGC() < base+2<<20 && len(ring) == 4
}

var trace []string

func note(s string, v int) int {
	trace = append(trace, fmt.Sprint(s, v))
	return v
}

func stillEvaluated() {
	w := make([]int, 3)
	var a [2]string
	for i := 0; i < 3; i++ {
		w[note("i", i)] = note("v", i*10)
	}
	a[note("j", 1)] = fmt.Sprint(note("s", 5))
	fmt.Println(trace, len(w), cap(w), len(a))
	defer func() { fmt.Println("recovered:", recover()) }()
	w[note("k", 3)] = note("never", 0)
	fmt.Println("not reached")
}

// The same order where the stores are kept (a large element type too).
func keptStores() {
	r := make([][4]int, 2)
	defer func() { fmt.Println("recovered:", recover(), r[0], trace[len(trace)-4:]) }()
	r[note("a", 0)] = [4]int{1, note("b", 2)}
	var q [3]string
	q[note("c", 1)] = fmt.Sprint(note("d", 4))
	fmt.Println(q)
	r[note("e", 2)] = [4]int{note("f", 3)}
}

func main() {
	fmt.Println("write-only window keeps nothing:", writeOnlyWindow())
	fmt.Println("a window read later keeps its objects:", readWindow())
	fmt.Println("write-only array keeps nothing:", writeOnlyArray())
	stillEvaluated()
	fmt.Println(trace[len(trace)-2:])
	keptStores()
}
