// Large package-level arrays of structs holding pointers, strings, slices
// and maps: the collector must find everything they reference, through the
// global segment's pointer map, across collections.
package main

import (
	"fmt"
	"runtime"
)

type node struct {
	id    int
	name  string
	next  *node
	tags  []string
	attrs map[string]int
}

var pad = [2]int{11, 22}
var nodes [300]node
var ptrs [400]*int
var names = [300]string{0: "first", 299: "last"}
var tail = 5

func build() {
	for i := range nodes {
		n := &nodes[i]
		n.id = i
		n.name = fmt.Sprintf("node-%d", i)
		n.tags = []string{fmt.Sprint("t", i), fmt.Sprint("u", i)}
		n.attrs = map[string]int{"sq": i * i}
		if i > 0 {
			n.next = &node{id: -i, name: fmt.Sprint("heap-", i)}
		}
	}
	for i := range ptrs {
		v := i * 10
		ptrs[i] = &v
	}
	for i := 1; i < 299; i++ {
		names[i] = fmt.Sprint("name", i)
	}
}

func churn() int {
	// Garbage to make collections reuse freed memory.
	total := 0
	for i := 0; i < 2000; i++ {
		b := make([]byte, 1024)
		b[0] = byte(i)
		s := fmt.Sprint(i, "garbage", i)
		total += int(b[0]) + len(s)
	}
	return total
}

func check() string {
	bad := 0
	for i := range nodes {
		n := nodes[i]
		if n.id != i || n.name != fmt.Sprintf("node-%d", i) || n.tags[1] != fmt.Sprint("u", i) || n.attrs["sq"] != i*i {
			bad++
		}
		if i > 0 && (n.next.id != -i || n.next.name != fmt.Sprint("heap-", i)) {
			bad++
		}
	}
	for i, p := range ptrs {
		if *p != i*10 {
			bad++
		}
	}
	for i := 1; i < 299; i++ {
		if names[i] != fmt.Sprint("name", i) {
			bad++
		}
	}
	return fmt.Sprint("bad=", bad, " ", names[0], " ", names[299], " ", pad, " ", tail)
}

func main() {
	build()
	runtime.GC()
	churn()
	runtime.GC()
	churn()
	fmt.Println(check())

	// Replace the whole array: the old referents become garbage, the new
	// ones must survive.
	var fresh [300]node
	for i := range fresh {
		fresh[i] = node{id: i, name: fmt.Sprintf("node-%d", i), tags: []string{"a", fmt.Sprint("u", i)}, attrs: map[string]int{"sq": i * i}, next: &node{id: -i, name: fmt.Sprint("heap-", i)}}
	}
	nodes = fresh
	fresh = [300]node{}
	runtime.GC()
	churn()
	runtime.GC()
	fmt.Println(check(), nodes[7].tags, nodes[7].next.name, fresh[7].next == nil)
}
