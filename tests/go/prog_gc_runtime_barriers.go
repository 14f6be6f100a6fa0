// Pointers that only the runtime's C++ code moves -- map growth and
// deletion, buffered and direct channel transfers, append's growth,
// sort.Strings, sort.Slice's swaps, strings.Fields, errors.As -- survive
// collections running meanwhile (the write barrier shades what they store
// and what they overwrite). Under GODEBUG=gcstress=1 a freed object is
// poisoned, so a missed barrier shows as a wrong sum or text.
package main

import (
	"errors"
	"fmt"
	"runtime"
	"sort"
	"strconv"
	"strings"
)

type node struct {
	val  int
	name string
	next *node
}

func newNode(i int) *node {
	return &node{val: i, name: "n" + strconv.Itoa(i), next: &node{val: -i}}
}

func check(n *node, i int) bool {
	return n != nil && n.val == i && n.name == "n"+strconv.Itoa(i) && n.next.val == -i
}

type myErr struct{ n *node }

func (e *myErr) Error() string { return e.n.name }

func maps(done chan<- string) {
	m := map[int]*node{}
	for i := 0; i < 3000; i++ {
		m[i] = newNode(i)
		if i%3 == 0 {
			delete(m, i/2)
		}
	}
	bad := 0
	for i := 0; i < 3000; i++ {
		if n, ok := m[i]; ok && !check(n, i) {
			bad++
		}
	}
	keys := map[*node]string{}
	for i := 0; i < 1000; i++ {
		keys[newNode(i)] = strconv.Itoa(i)
	}
	for k, v := range keys {
		if strconv.Itoa(k.val) != v || !check(k, k.val) {
			bad++
		}
	}
	done <- fmt.Sprint("maps: ", len(m), " entries, ", bad, " bad")
}

func channels(done chan<- string) {
	buffered := make(chan *node, 64)
	direct := make(chan *node)
	go func() {
		for i := 0; i < 2000; i++ {
			buffered <- newNode(i)
			direct <- newNode(i)
		}
		close(buffered)
		close(direct)
	}()
	bad, fromBuffer, fromDirect := 0, 0, 0
	for buffered != nil || direct != nil {
		select {
		case n, ok := <-buffered:
			if !ok {
				buffered = nil
				continue
			}
			if !check(n, fromBuffer) {
				bad++
			}
			fromBuffer++
		case n, ok := <-direct:
			if !ok {
				direct = nil
				continue
			}
			if !check(n, fromDirect) {
				bad++
			}
			fromDirect++
		}
		if (fromBuffer+fromDirect)%100 == 0 {
			runtime.Gosched()
		}
	}
	done <- fmt.Sprint("channels: ", fromBuffer, " buffered, ", fromDirect, " direct, ", bad, " bad")
}

func slices(done chan<- string) {
	var ns []*node
	var ss []string
	for i := 0; i < 3000; i++ {
		ns = append(ns, newNode(i))
		ss = append(ss, strings.Repeat("x", i%7+1)+strconv.Itoa(i))
	}
	sort.Slice(ns, func(a, b int) bool { return ns[a].name < ns[b].name })
	sort.Strings(ss)
	bad := 0
	for i, n := range ns {
		if !check(n, n.val) || (i > 0 && ns[i-1].name >= n.name) {
			bad++
		}
	}
	for i := 1; i < len(ss); i++ {
		if ss[i-1] > ss[i] {
			bad++
		}
	}
	text := strings.Repeat("alpha beta gamma ", 500)
	fields := strings.Fields(text + strconv.Itoa(len(ss)))
	runtime.GC()
	if fields[0] != "alpha" || fields[len(fields)-1] != "3000" {
		bad++
	}
	var target *myErr
	err := fmt.Errorf("wrapped: %w", &myErr{newNode(7)})
	if !errors.As(err, &target) || !check(target.n, 7) {
		bad++
	}
	done <- fmt.Sprint("slices: ", len(ns), " nodes, ", len(fields), " fields, ", bad, " bad")
}

func main() {
	results := make(chan string)
	go maps(results)
	go channels(results)
	go slices(results)
	var out []string
	for i := 0; i < 3; i++ {
		out = append(out, <-results)
	}
	sort.Strings(out)
	for _, line := range out {
		fmt.Println(line)
	}
}
