// Four goroutines rewire a shared graph (slices and maps of pointers, struct
// fields, globals, interfaces, closures, struct and array values, a pointer
// hidden on the stack while deleted from the heap, a ring of channels) while
// cycles run; each worker owns its slots, so the result is deterministic, and
// every node still reachable at the end must match its checksum. Exercises
// the collector's write barrier (runtime/mbarrier.h).
package main

import (
	"fmt"
	"os"
	"runtime"
	"sync"
)

const workers = 4
const iterations = 4000
const slots = 64

type node struct {
	id      int
	payload []int
	name    string
	check   int
	next    *node
	kids    [3]*node
	tags    map[int]*node
}

type pair struct {
	a, b *node
}

var (
	mu      sync.Mutex
	gSlice  = make([]*node, slots)
	gMap    = map[int]*node{}
	gHeads  [workers]*node
	gIfaces = make([]any, slots)
	gFuncs  = make([]func() int, slots)
	gPairs  = make([]pair, slots)
	gArrays = make([][3]*node, slots)
	gShared *node
	links   [workers]chan *node
	sinks   [workers][]byte
)

func checksum(n *node) int {
	s := n.id
	for i, v := range n.payload {
		s = s*31 + (v ^ i)
	}
	for _, c := range n.name {
		s = s*17 + int(c)
	}
	return s
}

func newNode(id int) *node {
	n := &node{id: id, payload: make([]int, 4+id%29)}
	for i := range n.payload {
		n.payload[i] = id*7 + i*13
	}
	n.name = "n" + string(rune('a'+id%26)) + string(rune('A'+id%17))
	n.check = checksum(n)
	return n
}

func verify(n *node, where string) {
	if n != nil && (len(n.payload) != 4+n.id%29 || checksum(n) != n.check) {
		fmt.Println("corrupt node", n.id, "found in", where)
		os.Exit(1)
	}
}

// walk verifies every node reachable from n and returns the sum of their ids.
func walk(n *node, seen map[*node]bool, where string) int {
	if n == nil || seen[n] {
		return 0
	}
	seen[n] = true
	verify(n, where)
	s := n.id + walk(n.next, seen, where)
	for _, k := range n.kids {
		s += walk(k, seen, where)
	}
	for _, t := range n.tags {
		s += walk(t, seen, where)
	}
	return s
}

func garbage(w, k int) {
	for i := 0; i < k; i++ {
		sinks[w] = make([]byte, 64+i*8)
	}
}

func worker(w int, wg *sync.WaitGroup, result *int) {
	defer wg.Done()
	private := newNode(-1 - w)
	private.tags = map[int]*node{}
	var mine []*node
	local := map[int]*node{}
	sum := 0
	for it := 0; it < iterations; it++ {
		id := w*1000000 + it
		n := newNode(id)
		slot := (it*workers + w) % slots // disjoint per worker: deterministic
		switch it % 9 {
		case 0: // slice of pointers: move the old one into a private struct field
			mu.Lock()
			old := gSlice[slot]
			gSlice[slot] = n
			mu.Unlock()
			verify(old, "gSlice")
			private.kids[it%3] = old
		case 1: // map of pointers; the old one moves into the node's own map
			mu.Lock()
			old := gMap[slot]
			gMap[slot] = n
			mu.Unlock()
			verify(old, "gMap")
			if old != nil {
				n.tags = map[int]*node{it: old}
			}
		case 2: // struct field of a shared node
			mu.Lock()
			x := gSlice[slot]
			if x != nil {
				old := x.next
				x.next = n
				n.kids[0] = old
			}
			mu.Unlock()
		case 3: // global variables
			old := gHeads[w]
			gHeads[w] = n
			verify(old, "gHeads")
			if old != nil && old.next == nil {
				n.next = old
			}
			mu.Lock()
			n.kids[1], gShared = gShared, n
			mu.Unlock()
		case 4: // interface values
			mu.Lock()
			old := gIfaces[slot]
			gIfaces[slot] = n
			mu.Unlock()
			if p, ok := old.(*node); ok {
				verify(p, "gIfaces")
				private.tags[it%50] = p
			}
		case 5: // closures capturing pointers
			captured := n
			f := func() int { return checksum(captured) - captured.check }
			mu.Lock()
			old := gFuncs[slot]
			gFuncs[slot] = f
			mu.Unlock()
			if old != nil && old() != 0 {
				fmt.Println("corrupt closure")
				os.Exit(1)
			}
		case 6: // struct and array values holding pointers, copied whole
			mu.Lock()
			p := gPairs[slot]
			gPairs[slot] = pair{n, p.a}
			arr := gArrays[slot]
			gArrays[slot] = [3]*node{n, arr[0], arr[1]}
			mu.Unlock()
			verify(p.b, "gPairs")
			verify(arr[2], "gArrays")
		case 7: // hide a pointer on the stack, delete it from the heap, allocate, store it back
			mu.Lock()
			hidden := gSlice[slot]
			gSlice[slot] = nil
			mu.Unlock()
			garbage(w, 40)
			mu.Lock()
			gSlice[slot] = hidden
			mu.Unlock()
			verify(hidden, "hidden")
		case 8: // rewire a private graph: rotate kids, swap with shared
			private.kids[0], private.kids[1], private.kids[2] = private.kids[1], private.kids[2], n
			mu.Lock()
			gSlice[slot], private.next = private.next, gSlice[slot]
			mu.Unlock()
		}
		// Channels passing pointers around a ring of workers.
		links[(w+1)%workers] <- n
		got := <-links[w]
		verify(got, "channel")
		mine = append(mine, got)
		if len(mine) > 100 {
			mine = append(mine[:0], mine[50:]...)
		}
		local[it%200] = got
		sum += got.id % 1000
		garbage(w, 3)
	}
	for _, m := range mine {
		verify(m, "mine")
	}
	for _, m := range local {
		verify(m, "local map")
	}
	seen := map[*node]bool{}
	walk(private, seen, "private graph")
	*result = sum
}

func main() {
	for i := range links {
		links[i] = make(chan *node, 1)
	}
	var wg sync.WaitGroup
	results := make([]int, workers)
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go worker(w, &wg, &results[w])
	}
	wg.Wait()
	runtime.GC()
	runtime.GC()
	seen := map[*node]bool{}
	total := 0
	for _, n := range gSlice {
		total += walk(n, seen, "gSlice")
	}
	for _, n := range gMap {
		total += walk(n, seen, "gMap")
	}
	for _, n := range gHeads {
		total += walk(n, seen, "gHeads")
	}
	total += walk(gShared, seen, "gShared")
	for _, v := range gIfaces {
		if p, ok := v.(*node); ok {
			total += walk(p, seen, "gIfaces")
		}
	}
	for _, f := range gFuncs {
		if f != nil && f() != 0 {
			fmt.Println("corrupt closure")
			os.Exit(1)
		}
	}
	for _, p := range gPairs {
		total += walk(p.a, seen, "gPairs") + walk(p.b, seen, "gPairs")
	}
	for _, a := range gArrays {
		for _, n := range a {
			total += walk(n, seen, "gArrays")
		}
	}
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	fmt.Println("results:", results)
	fmt.Println("reachable nodes:", len(seen), "id sum:", total)
	fmt.Println("collections during the run:", m.NumGC >= 2)
}
