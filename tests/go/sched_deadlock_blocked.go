package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.Mutex
	var wg sync.WaitGroup
	ch := make(chan int)
	mu.Lock()
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			mu.Lock() // never unlocked
			ch <- 1
		}()
	}
	go func() {
		<-ch // nobody sends
	}()
	fmt.Println("waiting")
	wg.Wait()
}
