// Exercises fmt.Errorf formatting with and without %w verbs.
package main

import (
	"errors"
	"fmt"
)

func main() {
	base := errors.New("disk full")
	e1 := fmt.Errorf("write %s (%d bytes): %w", "f.txt", 128, base)
	fmt.Println(e1)
	fmt.Println(errors.Unwrap(e1) == base)
	e2 := fmt.Errorf("no wrap: %v", base)
	fmt.Println(e2, errors.Unwrap(e2) == nil)
	e3 := fmt.Errorf("plain %d", 7)
	fmt.Println(e3, errors.Unwrap(e3) == nil)
	e4 := fmt.Errorf("%w", base)
	fmt.Println(e4.Error() == base.Error(), e4 == base)
	e5 := fmt.Errorf("%w", nil)
	fmt.Println(e5)
	fmt.Println(errors.Unwrap(e5) == nil)
	e6 := fmt.Errorf("bad: %w", "notanerror")
	fmt.Println(e6)
	fmt.Printf("%v|%s|%q\n", e1, e1, e3)
	var chain error = base
	for i := 0; i < 4; i++ {
		chain = fmt.Errorf("level%d: %w", i, chain)
	}
	fmt.Println(chain)
	n := 0
	for e := chain; e != nil; e = errors.Unwrap(e) {
		n++
	}
	fmt.Println("depth", n, errors.Is(chain, base))
}
