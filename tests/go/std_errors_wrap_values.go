// Exercises comparable error values, nil interfaces and errors in maps and switches.
package main

import (
	"errors"
	"fmt"
	"io"
)

type myErr struct{ code int }

func (m myErr) Error() string { return fmt.Sprintf("myErr(%d)", m.code) }

func classify(err error) string {
	switch {
	case err == nil:
		return "ok"
	case errors.Is(err, io.EOF):
		return "eof"
	case errors.Is(err, io.ErrUnexpectedEOF):
		return "unexpected eof"
	}
	switch e := err.(type) {
	case myErr:
		return fmt.Sprint("my ", e.code)
	default:
		return "other: " + e.Error()
	}
}

func returnsNilPtr() error {
	var p *myPtrErr
	return p
}

type myPtrErr struct{}

func (*myPtrErr) Error() string { return "ptr" }

func main() {
	errs := []error{nil, io.EOF, fmt.Errorf("r: %w", io.EOF), io.ErrUnexpectedEOF,
		myErr{3}, fmt.Errorf("w: %w", myErr{4}), errors.New("boom")}
	for _, e := range errs {
		fmt.Println(classify(e))
	}
	fmt.Println(errors.Is(myErr{1}, myErr{1}), errors.Is(myErr{1}, myErr{2}))
	fmt.Println(myErr{5} == myErr{5})
	e := returnsNilPtr()
	fmt.Println(e == nil, e != nil)
	counts := map[error]int{}
	counts[io.EOF]++
	counts[io.EOF]++
	counts[myErr{1}]++
	fmt.Println(counts[io.EOF], counts[myErr{1}], counts[myErr{2}], len(counts))
	fmt.Println(io.EOF, io.ErrUnexpectedEOF, io.ErrShortWrite)
}
