// sync_map_methods: the single-goroutine semantics of every sync.Map method
// (Load, Store, LoadOrStore, LoadAndDelete, Delete, Range), including the
// cycles of store, delete, promotion and re-store that move entries between
// the map's read snapshot and its dirty map. Range output is sorted.
package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

type point struct{ X, Y int }

func dump(m *sync.Map) string {
	var parts []string
	m.Range(func(k, v any) bool {
		parts = append(parts, fmt.Sprintf("%v=%v", k, v))
		return true
	})
	sort.Strings(parts)
	return "{" + strings.Join(parts, " ") + "}"
}

func count(m *sync.Map) int {
	n := 0
	m.Range(func(k, v any) bool { n++; return true })
	return n
}

func main() {
	var m sync.Map

	// The zero Map is empty and usable.
	v, ok := m.Load("a")
	fmt.Println("zero load:", v, ok)
	v, ok = m.LoadAndDelete("a")
	fmt.Println("zero loadanddelete:", v, ok)
	m.Delete("a")
	fmt.Println("zero range:", dump(&m))

	// Store and Load.
	m.Store("a", 1)
	m.Store("b", "two")
	m.Store(3, 3.5)
	m.Store(point{1, 2}, []int{1, 2})
	m.Store("nil", nil)
	for _, k := range []any{"a", "b", 3, point{1, 2}, "nil", "missing", point{2, 1}} {
		v, ok := m.Load(k)
		fmt.Printf("load %v: %v %v\n", k, v, ok)
	}
	fmt.Println("after stores:", dump(&m))

	// Overwrite an existing key.
	m.Store("a", 10)
	v, ok = m.Load("a")
	fmt.Println("overwrite:", v, ok)

	// LoadOrStore: present and absent.
	actual, loaded := m.LoadOrStore("a", 99)
	fmt.Println("loadorstore present:", actual, loaded)
	actual, loaded = m.LoadOrStore("c", 30)
	fmt.Println("loadorstore absent:", actual, loaded)
	actual, loaded = m.LoadOrStore("c", 31)
	fmt.Println("loadorstore again:", actual, loaded)
	actual, loaded = m.LoadOrStore("nil", 5)
	fmt.Println("loadorstore nil value:", actual, loaded)

	// LoadAndDelete: present and absent; Delete.
	v, ok = m.LoadAndDelete("b")
	fmt.Println("loadanddelete present:", v, ok)
	v, ok = m.LoadAndDelete("b")
	fmt.Println("loadanddelete absent:", v, ok)
	m.Delete(3)
	m.Delete("never")
	v, ok = m.Load(3)
	fmt.Println("after delete:", v, ok)
	fmt.Println("now:", dump(&m))

	// A deleted key can be stored again, and LoadOrStore revives it.
	m.Store("b", "again")
	actual, loaded = m.LoadOrStore(3, "three")
	fmt.Println("revive:", actual, loaded, dump(&m))

	// Range stops when f returns false.
	calls := 0
	m.Range(func(k, v any) bool { calls++; return calls < 2 })
	fmt.Println("range stopped after", calls)

	// Cycles through promotion and rebuild of the dirty map: many keys,
	// loads that miss the snapshot, deletes (expunged when the dirty map
	// is rebuilt), then stores to the deleted keys.
	var big sync.Map
	for round := 0; round < 4; round++ {
		for i := 0; i < 50; i++ {
			big.Store(i, i*round)
		}
		hits := 0
		for i := 0; i < 100; i++ {
			if _, ok := big.Load(i); ok {
				hits++
			}
		}
		for i := round; i < 50; i += 3 {
			big.Delete(i)
		}
		// A new key rebuilds the dirty map from the snapshot.
		big.Store(fmt.Sprint("new", round), round)
		for i := round; i < 50; i += 6 {
			big.Store(i, -i)
		}
		for i := round + 1; i < 50; i += 6 {
			big.LoadOrStore(i, -100-i)
		}
		sum := 0
		big.Range(func(k, v any) bool {
			if n, ok := v.(int); ok {
				sum += n
			}
			return true
		})
		fmt.Println("round", round, "hits", hits, "count", count(&big), "sum", sum)
	}
	fmt.Println(dump(&big))

	// Delete everything, then store again.
	big.Range(func(k, v any) bool { big.Delete(k); return true })
	fmt.Println("emptied:", dump(&big))
	big.Store("x", 1)
	big.LoadOrStore("y", 2)
	fmt.Println("refilled:", dump(&big))

	// LoadAndDelete of a key that is only in the dirty map.
	var d sync.Map
	d.Store("k1", 1)
	d.Range(func(k, v any) bool { return true }) // promote
	d.Store("k2", 2)                             // dirty only
	v, ok = d.LoadAndDelete("k2")
	fmt.Println("dirty-only loadanddelete:", v, ok, dump(&d))

	// Unhashable keys panic as they do for a plain map.
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		m.Store([]int{1}, 1)
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		var e sync.Map
		e.Load(map[string]int{})
	}()

	// A Map inside a struct, used through a pointer.
	type cache struct {
		name string
		m    sync.Map
	}
	c := &cache{name: "c"}
	c.m.Store("k", "v")
	v, ok = c.m.Load("k")
	fmt.Println(c.name, v, ok)
}
