package main

import (
	"fmt"
	"runtime"
	"sync"
)

type counter struct {
	mu sync.Mutex
	m  map[string]int
}

func (c *counter) inc(key string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.m[key]++
}

func main() {
	runtime.GOMAXPROCS(2)
	c := counter{m: map[string]int{}}
	var wg sync.WaitGroup
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			for j := 0; j < 5000; j++ {
				c.inc([]string{"a", "b"}[j%2])
				if j%1000 == 0 {
					runtime.Gosched()
				}
			}
		}(i)
	}
	wg.Wait()
	fmt.Println(c.m["a"], c.m["b"])

	// TryLock.
	var mu sync.Mutex
	fmt.Println(mu.TryLock(), mu.TryLock())
	mu.Unlock()
	fmt.Println(mu.TryLock())
	mu.Unlock()

	// RWMutex: many readers, some writers.
	var rw sync.RWMutex
	shared := 0
	var wg2 sync.WaitGroup
	for i := 0; i < 10; i++ {
		wg2.Add(2)
		go func() {
			defer wg2.Done()
			for j := 0; j < 1000; j++ {
				rw.Lock()
				shared++
				rw.Unlock()
			}
		}()
		go func() {
			defer wg2.Done()
			for j := 0; j < 1000; j++ {
				rw.RLock()
				_ = shared
				rw.RUnlock()
			}
		}()
	}
	wg2.Wait()
	fmt.Println("shared", shared)
	fmt.Println(rw.TryRLock(), rw.TryLock())
	rw.RUnlock()
	fmt.Println(rw.TryLock(), rw.TryRLock())
	rw.Unlock()

	// Once, even when called from many goroutines.
	var once sync.Once
	calls := 0
	var wg3 sync.WaitGroup
	for i := 0; i < 10; i++ {
		wg3.Add(1)
		go func() {
			defer wg3.Done()
			once.Do(func() { calls++ })
		}()
	}
	wg3.Wait()
	fmt.Println("once calls", calls)

	// Cond: a queue with a consumer waiting for items.
	var qmu sync.Mutex
	cond := sync.NewCond(&qmu)
	var queue []int
	got := make(chan int)
	for i := 0; i < 3; i++ {
		go func() {
			qmu.Lock()
			for len(queue) == 0 {
				cond.Wait()
			}
			v := queue[0]
			queue = queue[1:]
			qmu.Unlock()
			got <- v
		}()
	}
	for i := 1; i <= 3; i++ {
		qmu.Lock()
		queue = append(queue, i*10)
		qmu.Unlock()
		cond.Signal()
	}
	sum := 0
	for i := 0; i < 3; i++ {
		sum += <-got
	}
	fmt.Println("cond sum", sum)
	cond.Broadcast()

	// Pool.
	p := sync.Pool{New: func() any { return "new" }}
	fmt.Println(p.Get())
	p.Put("pooled")
	fmt.Println(p.Get(), p.Get())

	// Map.
	var sm sync.Map
	sm.Store("x", 1)
	v, ok := sm.Load("x")
	fmt.Println(v, ok)
	a, loaded := sm.LoadOrStore("x", 2)
	fmt.Println(a, loaded)
	a, loaded = sm.LoadOrStore("y", 3)
	fmt.Println(a, loaded)
	n := 0
	sm.Range(func(k, v any) bool { n++; return true })
	fmt.Println("entries", n)
	sm.Delete("x")
	_, ok = sm.Load("x")
	fmt.Println(ok)
	d, ok := sm.LoadAndDelete("y")
	fmt.Println(d, ok)
}
