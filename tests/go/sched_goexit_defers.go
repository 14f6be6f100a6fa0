// runtime.Goexit runs the goroutine's deferred calls, innermost first and
// across frames, recover returns nil during them, and no code after the
// call runs; other goroutines are not affected.
package main

import (
	"fmt"
	"runtime"
	"sync"
)

func leaf(log *[]string) {
	defer func() { *log = append(*log, "leaf defer, recover="+fmt.Sprint(recover())) }()
	runtime.Goexit()
	*log = append(*log, "after Goexit (never)")
}

func middle(log *[]string) {
	defer func() { *log = append(*log, "middle defer") }()
	for i := 0; i < 3; i++ {
		defer func(i int) { *log = append(*log, fmt.Sprint("loop defer ", i)) }(i)
	}
	leaf(log)
	*log = append(*log, "after leaf (never)")
}

func main() {
	var wg sync.WaitGroup
	logs := make([][]string, 4)
	for g := 0; g < 4; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			defer func() { logs[g] = append(logs[g], "goroutine defer") }()
			middle(&logs[g])
		}(g)
	}
	wg.Wait()
	for g, log := range logs {
		fmt.Println("goroutine", g)
		for _, line := range log {
			fmt.Println("  ", line)
		}
	}

	// A goroutine that exits from a deep recursion.
	done := make(chan int)
	var depth func(n int)
	depth = func(n int) {
		if n == 0 {
			runtime.Goexit()
		}
		defer func() {
			if n%25 == 0 {
				done <- n
			}
		}()
		depth(n - 1)
	}
	go depth(100)
	for i := 0; i < 4; i++ {
		fmt.Println("unwound past", <-done)
	}

	// Goexit inside a deferred call itself.
	res := make(chan string, 3)
	go func() {
		defer func() { res <- "outer defer"; close(res) }()
		defer runtime.Goexit()
		res <- "body"
	}()
	for s := range res {
		fmt.Println(s)
	}
}
