// Exercises errors.New identity and errors.Is over wrapped chains.
package main

import (
	"errors"
	"fmt"
	"io"
)

var ErrA = errors.New("a")
var ErrB = errors.New("a")

func main() {
	fmt.Println(ErrA == ErrB, errors.Is(ErrA, ErrB), errors.Is(ErrA, ErrA))
	fmt.Println(ErrA.Error(), ErrA)
	w1 := fmt.Errorf("layer1: %w", ErrA)
	w2 := fmt.Errorf("layer2: %w", w1)
	w3 := fmt.Errorf("layer3: %v", w2)
	fmt.Println(w2)
	fmt.Println(errors.Is(w2, ErrA), errors.Is(w2, ErrB), errors.Is(w2, w1))
	fmt.Println(errors.Is(w3, ErrA), w3)
	fmt.Println(errors.Is(nil, nil), errors.Is(nil, ErrA), errors.Is(ErrA, nil))
	fmt.Println(errors.Is(fmt.Errorf("x: %w", io.EOF), io.EOF))
	var e error
	fmt.Println(e == nil, errors.Unwrap(ErrA) == nil)
	fmt.Println(errors.Unwrap(w2) == w1, errors.Unwrap(errors.Unwrap(w2)) == ErrA)
	fmt.Println(errors.Unwrap(w3) == nil)
	fmt.Println(errors.New("") == nil, errors.New("").Error() == "")
	fmt.Printf("%q %v %s\n", ErrA, w1, w1)
}
