package main

import "fmt"

func main() {
	const n = 100000
	m := make(map[int]int)
	for i := 0; i < n; i++ {
		m[i*7919%n] = i
	}
	fmt.Println(len(m))
	sumK, sumV, xor := 0, 0, 0
	for k, v := range m {
		sumK += k
		sumV += v
		xor ^= k*31 + v
	}
	fmt.Println(sumK, sumV, xor)
	miss := 0
	for i := 0; i < n; i++ {
		if v, ok := m[i*7919%n]; !ok || v != i {
			miss++
		}
	}
	fmt.Println("miss", miss, m[-1], m[n])
	for i := 0; i < n; i += 2 {
		delete(m, i)
	}
	fmt.Println(len(m))
	sumK = 0
	for k := range m {
		sumK += k
	}
	fmt.Println(sumK)
	// Grow again while part of the table is empty.
	for i := n; i < 2*n; i++ {
		m[i] = -i
	}
	total := 0
	for _, v := range m {
		total += v
	}
	fmt.Println(len(m), total)
	// String keys.
	s := make(map[string]int, 10)
	for i := 0; i < n; i++ {
		s[fmt.Sprintf("k%d", i)] = i
	}
	h := 0
	for k, v := range s {
		h += len(k) * v % 1000
	}
	fmt.Println(len(s), h, s["k99999"], s["k100000"])
	// Map growing from a hint of zero through many doublings, checked at each power of two.
	g := map[int64]int64{}
	for i := int64(1); i <= 1<<16; i++ {
		g[i<<20] = i
		if i&(i-1) == 0 {
			var c int64
			for k, v := range g {
				c += k>>20 - v
			}
			fmt.Print(len(g), ":", c, " ")
		}
	}
	fmt.Println()
}
