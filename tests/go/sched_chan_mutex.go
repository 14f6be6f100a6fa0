package main

import (
	"fmt"
	"sync"
	"time"
)

// A mutex built from a one-slot channel, with TryLock and LockTimeout.
type chanMutex struct {
	ch chan struct{}
}

func newChanMutex() *chanMutex { return &chanMutex{ch: make(chan struct{}, 1)} }

func (m *chanMutex) Lock()   { m.ch <- struct{}{} }
func (m *chanMutex) Unlock() { <-m.ch }

func (m *chanMutex) TryLock() bool {
	select {
	case m.ch <- struct{}{}:
		return true
	default:
		return false
	}
}

func (m *chanMutex) LockTimeout(d time.Duration) bool {
	t := time.NewTimer(d)
	select {
	case m.ch <- struct{}{}:
		t.Stop()
		return true
	case <-t.C:
		return false
	}
}

func main() {
	m := newChanMutex()
	fmt.Println(m.TryLock(), m.TryLock())
	fmt.Println("timeout:", m.LockTimeout(10*time.Millisecond))
	go func() {
		time.Sleep(10 * time.Millisecond)
		m.Unlock()
	}()
	fmt.Println("lock within 1s:", m.LockTimeout(time.Second))
	m.Unlock()

	var l sync.Locker = m
	total := 0
	var wg sync.WaitGroup
	for i := 0; i < 50; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			l.Lock()
			total += i
			l.Unlock()
		}(i)
	}
	wg.Wait()
	fmt.Println("total", total)
}
