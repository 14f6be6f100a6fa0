package main

import (
	"fmt"
	"runtime"
	"runtime/debug"
)

func main() {
	old := debug.SetGCPercent(50)
	fmt.Println("default GOGC:", old)
	fmt.Println("set back:", debug.SetGCPercent(old))
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	n := m.NumGC
	runtime.GC()
	runtime.GC()
	runtime.ReadMemStats(&m)
	fmt.Println("two more cycles:", m.NumGC-n == 2)
	fmt.Println("pause recorded:", m.PauseTotalNs > 0, m.LastGC > 0)
	fmt.Println("next goal at least 4 MB:", m.NextGC >= 4<<20)
	debug.SetGCPercent(-1)
	before := m.NumGC
	for i := 0; i < 100000; i++ {
		_ = make([]byte, 1024)
	}
	runtime.ReadMemStats(&m)
	fmt.Println("off: no cycles:", m.NumGC == before)
	debug.FreeOSMemory()
	runtime.ReadMemStats(&m)
	fmt.Println("FreeOSMemory collects:", m.NumGC == before+1)
}
