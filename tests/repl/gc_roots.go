// The Go program equivalent to gc_roots.in: its output is gc_roots.out.
package main

import (
	"fmt"
	"runtime"
	"strconv"
	"strings"
)

type node struct {
	value int
	next  *node
}

func main() {
	var list *node
	for i := 0; i < 2000; i++ {
		list = &node{i, list}
	}
	names := map[string][]string{}
	for i := 0; i < 300; i++ {
		k := strconv.Itoa(i % 7)
		names[k] = append(names[k], strings.Repeat("ab", i%5))
	}
	runtime.GC()
	for i := 0; i < 20000; i++ {
		_ = make([]byte, 64)
	}
	runtime.GC()
	sum := 0
	for n := list; n != nil; n = n.next {
		sum += n.value
	}
	fmt.Println(sum)
	fmt.Println(len(names["3"]))
	fmt.Println(names["3"][2])
	last := func() int { return list.value }
	runtime.GC()
	fmt.Println(last())
}
