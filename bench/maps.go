// Benchmark: map inserts and lookups. 10^6 distinct Park-Miller keys inserted
// into a map[int]int and looked up (hits), plus 10^6 lookups of neighbouring
// keys (mostly misses); then 2*10^5 string keys inserted into a
// map[string]int and looked up, plus 2*10^5 lookups that mostly miss.
// Prints sizes, hit counts and order-independent checksums.
package main

import (
	"fmt"
	"strconv"
)

func main() {
	const n = 1000000
	m := make(map[int]int)
	state := 7
	for i := 0; i < n; i++ {
		state = state * 48271 % 2147483647
		m[state] = i
	}
	hits, sum := 0, 0
	state = 7
	for i := 0; i < n; i++ {
		state = state * 48271 % 2147483647
		if v, ok := m[state]; ok {
			hits++
			sum += v
		}
		if _, ok := m[state+1]; ok {
			hits++
		}
	}
	fmt.Println(len(m), hits, sum)

	const ns = 200000
	keys := make([]string, ns)
	for i := range keys {
		keys[i] = "key" + strconv.Itoa(i*7919%ns) + "x"
	}
	sm := make(map[string]int)
	for i, k := range keys {
		sm[k] = i
	}
	shits, ssum := 0, 0
	for _, k := range keys {
		if v, ok := sm[k]; ok {
			shits++
			ssum += v
		}
	}
	for i := 0; i < ns; i++ {
		if _, ok := sm["key"+strconv.Itoa(i)]; ok {
			shits++
		}
	}
	fmt.Println(len(sm), shits, ssum)
}
