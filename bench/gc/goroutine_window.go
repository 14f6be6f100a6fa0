// GC benchmark: goroutine-heavy allocation. 16 workers, each building and
// dropping short linked lists and maps, hand batches of live results to a
// collector goroutine over a channel, which keeps a bounded window of them.
// Live heap stays small while the allocation rate is high, on every P.
//
// The same program as goroutine_alloc.go, except that main reads the window
// at the end: without that read, Go's compiler keeps the window on the stack
// where no live slot points at it, and its collector retains none of it.
package main

import "fmt"

type item struct {
	next *item
	key  string
	vals []int
}

func work(id, rounds int, out chan<- *item) {
	for r := 0; r < rounds; r++ {
		var head *item
		for k := 0; k < 64; k++ {
			head = &item{next: head, key: fmt.Sprint(id, "-", k), vals: make([]int, 4)}
		}
		m := make(map[int]*item, 16)
		for n, k := head, 0; n != nil && k < 16; n, k = n.next, k+1 {
			m[k] = n
		}
		out <- m[r%16]
	}
}

func main() {
	const workers, rounds = 16, 4000
	out := make(chan *item, 256)
	for w := 0; w < workers; w++ {
		go work(w, rounds, out)
	}
	window := make([]*item, 1024)
	total := 0
	for i := 0; i < workers*rounds; i++ {
		it := <-out
		window[i%len(window)] = it
		total += len(it.key) + len(it.vals)
	}
	// Which items the window holds depends on the schedule; how many does not.
	chains, kept := 0, 0
	for _, it := range window {
		if it != nil {
			chains++
		}
		for ; it != nil; it = it.next {
			kept++
		}
	}
	fmt.Println("items:", workers*rounds, "checksum:", total, "chains:", chains, "kept some:", kept > chains)
}
