package main

import (
	"fmt"
	"runtime"
)

var sink []byte

func main() {
	fmt.Println("goroutines", runtime.NumGoroutine())
	block := make(chan bool)
	started := make(chan bool)
	for i := 0; i < 5; i++ {
		go func() {
			started <- true
			<-block
		}()
	}
	for i := 0; i < 5; i++ {
		<-started
	}
	fmt.Println("goroutines", runtime.NumGoroutine())
	close(block)

	procs := runtime.GOMAXPROCS(0)
	fmt.Println(procs >= 1, runtime.GOMAXPROCS(0) == procs, runtime.NumCPU() >= 1)
	runtime.Gosched()
	runtime.GC()

	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	for i := 0; i < 100; i++ {
		sink = make([]byte, 1000)
	}
	runtime.KeepAlive(sink)
	runtime.ReadMemStats(&after)
	fmt.Println("mallocs grew:", after.Mallocs-before.Mallocs >= 100)
	fmt.Println("total grew:", after.TotalAlloc-before.TotalAlloc >= 100*1000)
	fmt.Println(after.HeapAlloc <= after.HeapSys, after.HeapInuse <= after.HeapSys, after.Sys >= after.HeapSys)
	fmt.Println(len(after.BySize), after.BySize[0].Size, after.BySize[1].Size, after.BySize[60].Size, len(after.PauseNs))
	fmt.Println(after.EnableGC, after.HeapObjects == after.Mallocs-after.Frees)
	fmt.Println(runtime.GOOS, runtime.GOARCH, runtime.Compiler)
}
