// sync_map_concurrent: many goroutines storing, loading, deleting and
// calling LoadOrStore on one sync.Map at once, on disjoint and on shared
// keys, checked by a deterministic summary: exactly one LoadOrStore wins each
// key and all goroutines see its value, each goroutine's own keys end as it
// left them, and counters built on LoadOrStore lose no increment.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

const goroutines = 8

func main() {
	var m sync.Map
	var wg sync.WaitGroup

	// Phase 1: racing LoadOrStore on shared keys.
	const shared = 200
	var wins int64
	seen := make([][]any, goroutines)
	for g := 0; g < goroutines; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			seen[g] = make([]any, shared)
			for i := 0; i < shared; i++ {
				k := (i + g*25) % shared
				actual, loaded := m.LoadOrStore(k, g)
				if !loaded {
					atomic.AddInt64(&wins, 1)
				}
				seen[g][k] = actual
			}
		}(g)
	}
	wg.Wait()
	agree := true
	for k := 0; k < shared; k++ {
		want, _ := m.Load(k)
		for g := 0; g < goroutines; g++ {
			if seen[g][k] != want {
				agree = false
			}
		}
	}
	fmt.Println("phase 1: wins", wins, "agree", agree)

	// Phase 2: each goroutine works on its own keys while all of them
	// read the shared keys, which stay unchanged.
	var badShared int64
	for g := 0; g < goroutines; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for i := 0; i < 300; i++ {
				k := fmt.Sprintf("g%d-%d", g, i)
				m.Store(k, i)
				if v, ok := m.Load(k); !ok || v != i {
					panic("lost own store")
				}
				m.Store(k, i*2)
				if i%2 == 1 {
					m.Delete(k)
				} else if i%5 == 0 {
					if v, ok := m.LoadAndDelete(k); !ok || v != i*2 {
						panic("bad LoadAndDelete")
					}
				}
				if _, ok := m.Load(i % shared); !ok {
					atomic.AddInt64(&badShared, 1)
				}
			}
		}(g)
	}
	wg.Wait()
	total, sum := 0, 0
	m.Range(func(k, v any) bool {
		if _, ok := k.(string); ok {
			total++
			sum += v.(int)
		}
		return true
	})
	fmt.Println("phase 2: own keys", total, "sum", sum, "shared misses", badShared)

	// Phase 3: counters created with LoadOrStore and incremented atomically.
	for g := 0; g < goroutines; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for i := 0; i < 500; i++ {
				name := fmt.Sprint("counter", i%7)
				c, _ := m.LoadOrStore(name, new(int64))
				atomic.AddInt64(c.(*int64), 1)
			}
		}(g)
	}
	wg.Wait()
	for i := 0; i < 7; i++ {
		c, _ := m.Load(fmt.Sprint("counter", i))
		fmt.Print(atomic.LoadInt64(c.(*int64)), " ")
	}
	fmt.Println()

	// Phase 4: stores and deletes fighting over the same few keys; the
	// final Store after the fight decides the contents.
	for g := 0; g < goroutines; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for i := 0; i < 400; i++ {
				k := fmt.Sprint("hot", i%4)
				switch (i + g) % 4 {
				case 0:
					m.Store(k, g)
				case 1:
					m.Delete(k)
				case 2:
					m.LoadOrStore(k, -g)
				default:
					m.LoadAndDelete(k)
				}
			}
		}(g)
	}
	wg.Wait()
	for i := 0; i < 4; i++ {
		m.Store(fmt.Sprint("hot", i), i)
	}
	hot := 0
	for i := 0; i < 4; i++ {
		v, _ := m.Load(fmt.Sprint("hot", i))
		hot += v.(int)
	}
	n := 0
	m.Range(func(k, v any) bool { n++; return true })
	fmt.Println("phase 4: hot sum", hot, "entries", n)
}
