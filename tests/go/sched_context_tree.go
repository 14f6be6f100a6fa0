package main

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"time"
)

type key string

func main() {
	bg := context.Background()
	fmt.Println(bg, context.TODO())
	fmt.Println(bg.Err(), bg.Done() == nil, bg.Value("k"))
	_, ok := bg.Deadline()
	fmt.Println("deadline", ok)

	// A tree: root -> a, b; a -> a1, a2 (a2 carries a value).
	root, cancelRoot := context.WithCancel(bg)
	a, cancelA := context.WithCancel(root)
	b, cancelB := context.WithCancel(root)
	a1, cancelA1 := context.WithCancel(a)
	a2 := context.WithValue(a, key("user"), "gopher")
	a2c, cancelA2c := context.WithCancel(a2)
	defer cancelB()
	defer cancelA1()
	defer cancelA2c()
	fmt.Println(a1)
	fmt.Println(a2c.Value(key("user")), a2c.Value(key("other")))

	var wg sync.WaitGroup
	var mu sync.Mutex
	stopped := map[string]error{}
	watch := func(name string, c context.Context) {
		defer wg.Done()
		<-c.Done()
		mu.Lock()
		stopped[name] = c.Err()
		mu.Unlock()
	}
	wg.Add(3)
	go watch("a1", a1)
	go watch("a2c", a2c)
	go watch("a", a)
	cancelA()
	wg.Wait()
	fmt.Println(stopped["a"], stopped["a1"], stopped["a2c"])
	fmt.Println("b alive:", b.Err() == nil, "root alive:", root.Err() == nil)
	cancelRoot()
	<-b.Done()
	fmt.Println("b:", b.Err(), errors.Is(b.Err(), context.Canceled))
	cancelRoot() // a second cancel does nothing

	// A child of a canceled parent is canceled at once.
	late, cancelLate := context.WithCancel(root)
	defer cancelLate()
	fmt.Println("late:", late.Err())

	// Timeouts.
	tctx, cancelT := context.WithTimeout(bg, 20*time.Millisecond)
	defer cancelT()
	_, hasDeadline := tctx.Deadline()
	fmt.Println("has deadline", hasDeadline)
	select {
	case <-tctx.Done():
		fmt.Println("timeout:", tctx.Err(), tctx.Err() == context.DeadlineExceeded)
	case <-time.After(2 * time.Second):
		fmt.Println("too slow")
	}

	// A child with a later deadline keeps its parent's.
	child, cancelChild := context.WithTimeout(tctx, time.Hour)
	defer cancelChild()
	fmt.Println("child:", child.Err())

	// Cancel before the deadline.
	dctx, cancelD := context.WithDeadline(bg, time.Now().Add(time.Hour))
	cancelD()
	fmt.Println("deadline ctx:", dctx.Err())

	// A deadline in the past.
	past, cancelPast := context.WithDeadline(bg, time.Now().Add(-time.Second))
	defer cancelPast()
	fmt.Println("past:", past.Err())

	// A worker loop stopped by its context.
	wctx, stop := context.WithCancel(bg)
	results := make(chan int)
	go func() {
		n := 0
		for {
			select {
			case <-wctx.Done():
				close(results)
				return
			case results <- n:
				n++
			}
		}
	}()
	for v := range results {
		if v == 5 {
			stop()
			break
		}
	}
	fmt.Println("worker stopped; err:", wctx.Err())
	var de interface{ Timeout() bool }
	fmt.Println(errors.As(context.DeadlineExceeded, &de), de.Timeout())
}
