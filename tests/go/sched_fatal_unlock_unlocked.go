package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.Mutex
	mu.Lock()
	mu.Unlock()
	fmt.Println("locked and unlocked")
	defer func() {
		// A fatal error is not a panic: this never runs.
		fmt.Println("recovered", recover())
	}()
	mu.Unlock()
}
