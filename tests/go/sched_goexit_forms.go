// Other ways to reach runtime.Goexit: as a go statement's function (direct
// and through a func value), deferred, and from a deferred call while a
// panic unwinds (the Goexit ends the goroutine and the panic is dropped;
// recover returns nil after it).
package main

import (
	"fmt"
	"runtime"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		go runtime.Goexit()
		f := runtime.Goexit
		go f()
	}()
	wg.Wait()

	out := make(chan string, 8)
	wg.Add(1)
	go func() {
		defer wg.Done()
		defer func() { out <- fmt.Sprint("after Goexit, recover=", recover()) }()
		defer runtime.Goexit()
		defer func() { out <- "first deferred call of the panic" }()
		panic("dropped by Goexit")
	}()
	wg.Wait()

	wg.Add(1)
	go func() {
		defer wg.Done()
		defer runtime.Goexit()
		out <- "body ran"
	}()
	wg.Wait()
	close(out)
	for s := range out {
		fmt.Println(s)
	}
	fmt.Println("main still here")
}
