package main

import (
	"fmt"
	"sync"
)

func gen(nums ...int) <-chan int {
	out := make(chan int)
	go func() {
		for _, n := range nums {
			out <- n
		}
		close(out)
	}()
	return out
}

func sq(in <-chan int) <-chan int {
	out := make(chan int)
	go func() {
		for n := range in {
			out <- n * n
		}
		close(out)
	}()
	return out
}

// merge fans in several channels into one.
func merge(cs ...<-chan int) <-chan int {
	var wg sync.WaitGroup
	out := make(chan int, 10)
	output := func(c <-chan int) {
		for n := range c {
			out <- n
		}
		wg.Done()
	}
	wg.Add(len(cs))
	for _, c := range cs {
		go output(c)
	}
	go func() {
		wg.Wait()
		close(out)
	}()
	return out
}

func main() {
	// A three-stage pipeline.
	for v := range sq(sq(gen(1, 2, 3, 4))) {
		fmt.Println(v)
	}

	// Fan out to three squarers, fan in, sum (order-independent).
	in := gen(1, 2, 3, 4, 5, 6, 7, 8, 9, 10)
	c1, c2, c3 := sq(in), sq(in), sq(in)
	total := 0
	count := 0
	for v := range merge(c1, c2, c3) {
		total += v
		count++
	}
	fmt.Println("count", count, "total", total)

	// A long chain of goroutines passing a value along (daisy chain).
	const n = 10000
	leftmost := make(chan int)
	right := leftmost
	left := leftmost
	for i := 0; i < n; i++ {
		right = make(chan int)
		go func(l, r chan int) { l <- 1 + <-r }(left, right)
		left = right
	}
	go func(c chan int) { c <- 1 }(right)
	fmt.Println("chain", <-leftmost)
}
