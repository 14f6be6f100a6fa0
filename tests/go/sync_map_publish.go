// sync_map_publish: a writer adds keys 0, 1, 2, ... in order, and deletes
// and re-adds older ones, while readers load them, so the read snapshot is
// promoted and the dirty map rebuilt many times under concurrent lookups. A
// Store that a Load observes happens before it, so a reader that sees key k
// must also see every key the writer stored before k.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

func main() {
	const keys = 2000
	var m sync.Map
	var violations int64
	var wg sync.WaitGroup
	done := make(chan struct{})

	for r := 0; r < 4; r++ {
		wg.Add(1)
		go func(r int) {
			defer wg.Done()
			for {
				select {
				case <-done:
					return
				default:
				}
				// Find the highest key published so far, then check that
				// every key below it (except the deleted odd ones, which
				// the writer re-adds as negative values) is visible.
				high := -1
				for k := 0; k < keys; k += 97 {
					if _, ok := m.Load(k); ok {
						high = k
					}
				}
				for k := 0; k < high; k += 2 {
					if v, ok := m.Load(k); !ok || v.(int) != k {
						atomic.AddInt64(&violations, 1)
					}
				}
			}
		}(r)
	}

	for k := 0; k < keys; k++ {
		m.Store(k, k)
		if k%2 == 1 && k > 10 {
			m.Delete(k - 10)
			m.LoadOrStore(k-10, -(k - 10))
		}
	}
	close(done)
	wg.Wait()

	sum, n := 0, 0
	m.Range(func(k, v any) bool {
		n++
		sum += v.(int)
		return true
	})
	fmt.Println("entries", n, "sum", sum, "violations", violations)
}
