package main

import (
	"errors"
	"fmt"
)

var ErrBase = errors.New("base failure")

func main() {
	err := fmt.Errorf("step %d: %w", 3, ErrBase)
	fmt.Println(err, errors.Is(err, ErrBase))
	panic(err)
}
