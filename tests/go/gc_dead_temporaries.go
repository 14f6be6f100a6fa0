// Dead temporaries are not roots: a large object that only a finished
// statement's temporaries referenced is freed while its function waits in a
// call, as Go's stack maps allow (golem's too: vm/stackmap.h). An object a
// live variable holds is kept. The same holds for a blocked goroutine.
// Stores into a local array that nothing reads are dead too, as gc's dead
// auto elimination makes them: what they stored keeps nothing alive; an
// array that is read anywhere (here, once, at the end) keeps what it holds.
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

func first(b *big) int { return int(b.data[0]) }

func heapAfterGC() uint64 {
	runtime.GC()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	return ms.HeapAlloc
}

func loopOfTemporaries() bool {
	base := heapAfterGC()
	n := 0
	for i := 0; i < 8; i++ {
		n += first(newBig(byte(i))) // each big is garbage once first returns
	}
	after := heapAfterGC()
	return n == 28 && after < base+(1<<19)
}

func liveVariable() bool {
	base := heapAfterGC()
	keep := newBig(7)
	held := heapAfterGC()
	return held >= base+(1<<19) && first(keep) == 7
}

func deadVariable() bool {
	base := heapAfterGC()
	gone := newBig(9)
	v := first(gone) // gone's last use
	after := heapAfterGC()
	return v == 9 && after < base+(1<<19)
}

// A goroutine blocked on a channel: its own frame is the innermost one, and
// what it no longer reads is not a root either.
func blockedGoroutine() bool {
	base := heapAfterGC()
	ready := make(chan int)
	release := make(chan bool)
	go func() {
		n := first(newBig(3)) // garbage once first returns
		ready <- n
		<-release // blocked here while main collects
	}()
	n := <-ready
	after := heapAfterGC()
	release <- true
	return n == 3 && after < base+(1<<19)
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

func main() {
	fmt.Println("temporaries freed:", loopOfTemporaries())
	fmt.Println("live variable kept:", liveVariable())
	fmt.Println("dead variable freed:", deadVariable())
	fmt.Println("blocked goroutine's temporaries freed:", blockedGoroutine())
	fmt.Println("write-only window keeps nothing:", writeOnlyWindow())
	fmt.Println("a window read later keeps its objects:", readWindow())
	fmt.Println("write-only array keeps nothing:", writeOnlyArray())
}
