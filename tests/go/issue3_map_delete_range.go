package main

import (
	"fmt"
	"sort"
)

func main() {
	m := map[int]int{}
	for i := 0; i < 100; i++ {
		m[i] = i * i
	}
	// Deleting the current key during range is allowed.
	visited := 0
	for k := range m {
		if k%2 == 1 {
			delete(m, k)
		}
		visited++
	}
	fmt.Println(visited, len(m))
	// Deleting every key during range: each key seen at most once.
	seen := map[int]bool{}
	for k := range m {
		if seen[k] {
			fmt.Println("seen twice", k)
		}
		seen[k] = true
		for j := range m {
			delete(m, j)
		}
	}
	fmt.Println(len(seen), len(m))
	// A key deleted before being reached is never produced.
	m2 := map[string]int{"a": 1, "b": 2, "c": 3, "d": 4, "e": 5}
	count := 0
	for k := range m2 {
		count++
		for _, other := range []string{"a", "b", "c", "d", "e"} {
			if other != k {
				delete(m2, other)
			}
		}
	}
	fmt.Println(count, len(m2))
	// delete of a missing key and on a nil map is a no-op.
	delete(m2, "zzz")
	var nm map[string]int
	delete(nm, "x")
	fmt.Println(len(m2), len(nm))
	// Delete then re-insert keeps the right values.
	m3 := map[int]string{}
	for i := 0; i < 50; i++ {
		m3[i] = fmt.Sprint(i)
	}
	for i := 0; i < 50; i += 3 {
		delete(m3, i)
	}
	for i := 0; i < 50; i += 6 {
		m3[i] = "again"
	}
	keys := []int{}
	for k := range m3 {
		keys = append(keys, k)
	}
	sort.Ints(keys)
	fmt.Println(len(m3), keys[:8], m3[0], m3[3], m3[6], m3[7])
	// Values modified through range on the map itself.
	m4 := map[string]int{"x": 1, "y": 2, "z": 3}
	for k, v := range m4 {
		m4[k] = v * 100
	}
	fmt.Println(m4)
}
