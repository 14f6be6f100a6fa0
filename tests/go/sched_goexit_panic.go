// A panic in a deferred call during Goexit that nothing recovers ends the
// program with Go's report (the Goexit itself is not printed).
package main

import (
	"fmt"
	"runtime"
)

func main() {
	done := make(chan bool)
	go func() {
		defer fmt.Println("outer deferred call")
		defer panic("unrecovered during Goexit")
		runtime.Goexit()
	}()
	<-done
}
