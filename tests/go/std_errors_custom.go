// Exercises custom error types with Unwrap and Is methods.
package main

import (
	"errors"
	"fmt"
)

var ErrNotFound = errors.New("not found")

type QueryError struct {
	Query string
	Err   error
}

func (e *QueryError) Error() string { return e.Query + ": " + e.Err.Error() }
func (e *QueryError) Unwrap() error { return e.Err }

type matchAll struct{}

func (matchAll) Error() string        { return "match all" }
func (matchAll) Is(target error) bool { return target == ErrNotFound }

type statusErr struct{ status int }

func (s statusErr) Error() string { return fmt.Sprint("status ", s.status) }
func (s statusErr) Is(target error) bool {
	t, ok := target.(statusErr)
	return ok && (t.status == 0 || t.status == s.status)
}

func find(key string) error {
	if key == "x" {
		return nil
	}
	return &QueryError{Query: "select " + key, Err: ErrNotFound}
}

func main() {
	for _, k := range []string{"x", "y"} {
		err := find(k)
		fmt.Println(k, err, errors.Is(err, ErrNotFound))
	}
	err := fmt.Errorf("ctx: %w", find("z"))
	fmt.Println(err, errors.Is(err, ErrNotFound))
	var qe *QueryError
	if errors.As(err, &qe) {
		fmt.Println("query:", qe.Query)
	}
	fmt.Println(errors.Is(matchAll{}, ErrNotFound), errors.Is(fmt.Errorf("%w", matchAll{}), ErrNotFound))
	s := fmt.Errorf("req: %w", statusErr{404})
	fmt.Println(errors.Is(s, statusErr{404}), errors.Is(s, statusErr{0}), errors.Is(s, statusErr{500}))
	fmt.Println(errors.Unwrap(&QueryError{"q", nil}) == nil)
}
