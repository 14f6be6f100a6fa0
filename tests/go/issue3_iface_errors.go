package main

import (
	"errors"
	"fmt"
	"strconv"
)

var ErrNotFound = errors.New("not found")

type ParseErr struct {
	Line int
	Err  error
}

func (e *ParseErr) Error() string { return "line " + strconv.Itoa(e.Line) + ": " + e.Err.Error() }
func (e *ParseErr) Unwrap() error { return e.Err }

type Temporary interface{ Temporary() bool }

type netErr struct{}

func (netErr) Error() string   { return "net down" }
func (netErr) Temporary() bool { return true }

func find(k string) (int, error) {
	if k == "" {
		return 0, ErrNotFound
	}
	if k == "bad" {
		return 0, &ParseErr{3, ErrNotFound}
	}
	if k == "net" {
		return 0, fmt.Errorf("fetch %q: %w", k, netErr{})
	}
	return len(k), nil
}

func main() {
	for _, k := range []string{"abc", "", "bad", "net"} {
		v, err := find(k)
		if err != nil {
			var pe *ParseErr
			var tmp Temporary
			fmt.Printf("%q: err=%v is404=%v asParse=%v asTemp=%v\n", k, err, errors.Is(err, ErrNotFound), errors.As(err, &pe), errors.As(err, &tmp))
			if pe != nil {
				fmt.Println("  parse line", pe.Line)
			}
			if tmp != nil {
				fmt.Println("  temporary", tmp.Temporary())
			}
			continue
		}
		fmt.Printf("%q: %d\n", k, v)
	}
	w1 := fmt.Errorf("layer1: %w", ErrNotFound)
	w2 := fmt.Errorf("layer2: %w", w1)
	fmt.Println(w2)
	fmt.Println(errors.Unwrap(w2) == w1, errors.Unwrap(w1) == ErrNotFound, errors.Unwrap(ErrNotFound) == nil)
	fmt.Println(errors.Is(w2, ErrNotFound), errors.Is(w2, errors.New("not found")))
	// %v without %w does not wrap.
	flat := fmt.Errorf("flat: %v", ErrNotFound)
	fmt.Println(flat, errors.Is(flat, ErrNotFound), errors.Unwrap(flat) == nil)
	fmt.Printf("%T %T %T\n", ErrNotFound, w1, flat)
	// An error value printed with various verbs.
	e := &ParseErr{7, errors.New("eof")}
	fmt.Printf("%v|%s|%q|%+v|%x\n", e, e, e, e, ErrNotFound)
	fmt.Println(error(nil) == nil)
	var nilErr error
	fmt.Printf("%v\n", nilErr)
	// strconv errors.
	_, err := strconv.Atoi("12a")
	fmt.Println(err)
	var numErr *strconv.NumError
	fmt.Println(errors.As(err, &numErr), numErr.Func, numErr.Num, numErr.Err == strconv.ErrSyntax)
	_, err = strconv.ParseInt("99999999999999999999", 10, 64)
	fmt.Println(err, errors.Is(err, strconv.ErrRange))
	fmt.Println("done")
}
