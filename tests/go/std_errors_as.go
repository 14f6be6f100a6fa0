// Exercises errors.As with pointer and value custom error types.
package main

import (
	"errors"
	"fmt"
)

type PathError struct {
	Op   string
	Path string
}

func (e *PathError) Error() string { return e.Op + " " + e.Path + ": failed" }

type Code int

func (c Code) Error() string { return fmt.Sprintf("code %d", int(c)) }

type Temporary interface {
	Temporary() bool
}

type tempErr struct{ msg string }

func (t tempErr) Error() string   { return t.msg }
func (t tempErr) Temporary() bool { return true }

func main() {
	base := &PathError{"open", "/x"}
	err := fmt.Errorf("wrap: %w", base)
	var pe *PathError
	fmt.Println(errors.As(err, &pe), pe == base, pe.Path)
	var c Code
	fmt.Println(errors.As(err, &c), c)
	err2 := fmt.Errorf("outer: %w", fmt.Errorf("inner: %w", Code(42)))
	fmt.Println(errors.As(err2, &c), c, err2)
	var tmp Temporary
	err3 := fmt.Errorf("t: %w", tempErr{"flaky"})
	fmt.Println(errors.As(err3, &tmp), tmp.Temporary(), tmp)
	var any error
	fmt.Println(errors.As(err3, &any), any)
	var pe2 *PathError
	fmt.Println(errors.As(errors.New("plain"), &pe2), pe2 == nil)
	var te tempErr
	fmt.Println(errors.As(err3, &te), te.msg)
}
