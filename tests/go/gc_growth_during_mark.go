// Maps and slices of pointers grow while cycles run (growslice and map
// evacuation copy pointers into memory allocated black during a mark), in
// four goroutines at once; every entry must still hold its own item.
package main

import (
	"fmt"
	"os"
	"sync"
)

type item struct {
	key  string
	vals []int
	peer *item
}

func newItem(k int) *item {
	it := &item{key: fmt.Sprint("k", k), vals: make([]int, 3+k%7)}
	for i := range it.vals {
		it.vals[i] = k + i
	}
	return it
}

func good(it *item, k int) bool {
	if it == nil || it.key != fmt.Sprint("k", k) || len(it.vals) != 3+k%7 {
		return false
	}
	for i, v := range it.vals {
		if v != k+i {
			return false
		}
	}
	return true
}

var sinks [4][]byte

func main() {
	const workers = 4
	const n = 3000
	var wg sync.WaitGroup
	bad := make([]int, workers)
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			// Maps and slices grown while cycles run: growslice and map
			// evacuation copy pointers into freshly allocated (black) memory.
			byInt := map[int]*item{}
			byKey := map[string]*item{}
			byStruct := map[[2]int][]*item{}
			var list []*item
			var values []item
			var ifaces []any
			for k := 0; k < n; k++ {
				it := newItem(w*n + k)
				if k > 0 {
					it.peer = list[k-1]
				}
				byInt[k] = it
				byKey[it.key] = it
				byStruct[[2]int{k % 100, w}] = append(byStruct[[2]int{k % 100, w}], it)
				list = append(list, it)
				values = append(values, *it)
				ifaces = append(ifaces, it)
				if k%3 == 0 {
					delete(byInt, k/2)
				}
				sinks[w] = make([]byte, 200)
			}
			copy(list[10:], list[:100]) // overlapping copy of pointers
			for k := 0; k < n; k++ {
				want := w*n + k
				if k >= 10 && k < 110 {
					want = w*n + k - 10
				}
				if !good(list[k], want) || !good(&values[k], w*n+k) || !good(ifaces[k].(*item), w*n+k) || !good(byKey[fmt.Sprint("k", w*n+k)], w*n+k) {
					bad[w]++
				}
				if k > 0 && !good(values[k].peer, w*n+k-1) {
					bad[w]++
				}
				if it, ok := byInt[k]; ok && !good(it, w*n+k) {
					bad[w]++
				}
			}
			total := 0
			for key, items := range byStruct {
				for i, it := range items {
					if !good(it, w*n+key[0]+100*i) {
						bad[w]++
					}
					total++
				}
			}
			if total != n || len(byInt) != 2000 {
				fmt.Println("wrong sizes", total, len(byInt))
				os.Exit(1)
			}
		}(w)
	}
	wg.Wait()
	fmt.Println("bad entries:", bad)
}
