// Parallel CPU: a fixed amount of CPU-bound work (counting primes by trial
// division) split over 8 goroutines. run.sh runs it as parallel_cpu_p1 and
// parallel_cpu_p2, with GOMAXPROCS=1 and 2: the ratio of the two times is
// the parallel speedup. (Go only.)
package main

import (
	"fmt"
	"sync"
)

func countPrimes(from, to int) int {
	count := 0
	for n := from; n < to; n++ {
		if n < 2 {
			continue
		}
		prime := true
		for d := 2; d*d <= n; d++ {
			if n%d == 0 {
				prime = false
				break
			}
		}
		if prime {
			count++
		}
	}
	return count
}

func main() {
	const limit = 2000000
	const workers = 8
	counts := make([]int, workers)
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			// Interleaved blocks, so that every worker gets a fair share.
			for start := w * 1000; start < limit; start += workers * 1000 {
				counts[w] += countPrimes(start, start+1000)
			}
		}(w)
	}
	wg.Wait()
	total := 0
	for _, c := range counts {
		total += c
	}
	fmt.Println("primes below", limit, total)
}
