// sync_map_range_mutate: Range while the map changes. f itself stores,
// deletes and calls other methods (even a nested Range) on the map; and
// other goroutines mutate keys outside a stable set while Range runs, which
// must still visit every stable key exactly once. Visited keys are sorted.
package main

import (
	"fmt"
	"sort"
	"sync"
)

func sortedKeys(m *sync.Map) []int {
	var keys []int
	m.Range(func(k, v any) bool {
		keys = append(keys, k.(int))
		return true
	})
	sort.Ints(keys)
	return keys
}

func main() {
	var m sync.Map
	for i := 0; i < 10; i++ {
		m.Store(i, i*i)
	}

	// f deletes every key it visits and stores a new one per visit.
	var visited []int
	m.Range(func(k, v any) bool {
		n := k.(int)
		visited = append(visited, n)
		m.Delete(n)
		m.Store(100+n, v)
		return true
	})
	sort.Ints(visited)
	fmt.Println("visited:", visited)
	fmt.Println("after:", sortedKeys(&m))

	// f deletes keys it has not visited yet: each pair keeps one key.
	var kept []int
	m.Range(func(k, v any) bool {
		n := k.(int)
		kept = append(kept, n)
		if n%2 == 0 {
			m.Delete(n + 1)
		} else {
			m.Delete(n - 1)
		}
		return true
	})
	fmt.Println("kept pairs:", len(kept), "left:", len(sortedKeys(&m)))

	// f updates values, uses LoadOrStore and LoadAndDelete, and nests Range.
	var m2 sync.Map
	for i := 0; i < 6; i++ {
		m2.Store(i, 0)
	}
	inner := 0
	m2.Range(func(k, v any) bool {
		n := k.(int)
		m2.Store(n, n*10)
		m2.LoadOrStore(n+50, n)
		m2.Range(func(k, v any) bool { inner++; return true })
		if n == 3 {
			m2.LoadAndDelete(53)
		}
		return true
	})
	sum := 0
	for i := 0; i < 6; i++ {
		v, _ := m2.Load(i)
		sum += v.(int)
	}
	_, has53 := m2.Load(53)
	fmt.Println("values sum:", sum, "keys:", sortedKeys(&m2), "53 present:", has53, "inner>0:", inner > 0)

	// Concurrent mutation of the volatile keys (1000 and up) while Range
	// runs: each stable key (0..99) is seen exactly once per Range.
	var m3 sync.Map
	for i := 0; i < 100; i++ {
		m3.Store(i, i)
	}
	var wg sync.WaitGroup
	stop := make(chan struct{})
	for g := 0; g < 4; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for i := 0; ; i++ {
				select {
				case <-stop:
					return
				default:
				}
				k := 1000 + g*100 + i%100
				if i%3 == 2 {
					m3.Delete(k)
				} else {
					m3.Store(k, i)
				}
				m3.Load(i % 100)
			}
		}(g)
	}
	good := 0
	for r := 0; r < 50; r++ {
		counts := make(map[int]int)
		m3.Range(func(k, v any) bool {
			counts[k.(int)]++
			return true
		})
		ok := true
		for k, c := range counts {
			if c != 1 || (k < 100 && m3Value(&m3, k) != k) {
				ok = false
			}
		}
		for i := 0; i < 100; i++ {
			if counts[i] != 1 {
				ok = false
			}
		}
		if ok {
			good++
		}
	}
	close(stop)
	wg.Wait()
	fmt.Println("consistent ranges:", good, "of 50")
}

func m3Value(m *sync.Map, k int) int {
	v, _ := m.Load(k)
	return v.(int)
}
