// A panic raised by a deferred call while Goexit runs: when it is
// recovered, Goexit carries on with the remaining deferred calls; recover
// returns nil for the Goexit itself.
package main

import (
	"fmt"
	"runtime"
)

func main() {
	out := make(chan string, 16)
	go func() {
		defer close(out)
		defer func() { out <- fmt.Sprint("last defer, recover=", recover()) }()
		defer func() { out <- fmt.Sprint("recovered: ", recover()) }()
		defer func() { panic("boom during Goexit") }()
		defer func() { out <- "first defer" }()
		runtime.Goexit()
	}()
	for s := range out {
		fmt.Println(s)
	}

	// A recovered panic in a nested call during Goexit.
	done := make(chan bool)
	go func() {
		defer func() { done <- true }()
		defer func() {
			func() {
				defer func() { fmt.Println("inner recovered:", recover()) }()
				var m map[string]int
				m["x"] = 1
			}()
			fmt.Println("after inner panic, still exiting")
		}()
		runtime.Goexit()
	}()
	<-done
	fmt.Println("done")
}
