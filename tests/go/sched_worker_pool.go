package main

import (
	"fmt"
	"sort"
	"sync"
)

type job struct {
	id, n int
}

type result struct {
	id, sum int
}

func worker(jobs <-chan job, results chan<- result, wg *sync.WaitGroup) {
	defer wg.Done()
	for j := range jobs {
		s := 0
		for i := 1; i <= j.n; i++ {
			s += i
		}
		results <- result{j.id, s}
	}
}

func main() {
	jobs := make(chan job, 16)
	results := make(chan result, 16)
	var wg sync.WaitGroup
	for w := 0; w < 5; w++ {
		wg.Add(1)
		go worker(jobs, results, &wg)
	}
	go func() {
		for i := 0; i < 40; i++ {
			jobs <- job{i, i * 10}
		}
		close(jobs)
	}()
	go func() {
		wg.Wait()
		close(results)
	}()
	var all []result
	for r := range results {
		all = append(all, r)
	}
	sort.Slice(all, func(a, b int) bool { return all[a].id < all[b].id })
	for _, r := range all[:5] {
		fmt.Println(r.id, r.sum)
	}
	fmt.Println(len(all), all[39].sum)

	// A semaphore on a buffered channel bounds concurrency at 3.
	sem := make(chan struct{}, 3)
	var mu sync.Mutex
	active, peak := 0, 0
	var wg2 sync.WaitGroup
	for i := 0; i < 20; i++ {
		wg2.Add(1)
		go func() {
			defer wg2.Done()
			sem <- struct{}{}
			mu.Lock()
			active++
			if active > peak {
				peak = active
			}
			mu.Unlock()
			for k := 0; k < 1000; k++ {
			}
			mu.Lock()
			active--
			mu.Unlock()
			<-sem
		}()
	}
	wg2.Wait()
	fmt.Println("peak <= 3:", peak <= 3, "active", active)
}
