package main

import (
	"fmt"
	"os"
)

func main() {
	defer fmt.Println("deferred: not printed")
	fmt.Print("buffered output ")
	fmt.Println("is flushed before exit")
	os.Stderr.WriteString("to stderr\n")
	if len(os.Args) > 0 {
		os.Exit(7)
	}
}
