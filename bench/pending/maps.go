// Benchmark (pending: moves to bench/ once golem runs maps fast enough to
// be timed): map operations. 200000 LCG keys inserted into a map[int]int,
// looked up 5 times over (hits and misses), half deleted, then summed by
// range (an order-independent checksum).
package main

import "fmt"

func main() {
	n := 200000
	m := make(map[int]int)
	state := 7
	keys := make([]int, n)
	for i := range keys {
		state = state * 48271 % 2147483647
		keys[i] = state % 1000000
		m[keys[i]] += i
	}
	hits, misses := 0, 0
	for r := 0; r < 5; r++ {
		for _, k := range keys {
			if _, ok := m[k+r]; ok {
				hits++
			} else {
				misses++
			}
		}
	}
	for i, k := range keys {
		if i%2 == 0 {
			delete(m, k)
		}
	}
	sum := 0
	for k, v := range m {
		sum = (sum + k*3 + v) % 1000000007
	}
	fmt.Println(len(m), hits, misses, sum)
}
