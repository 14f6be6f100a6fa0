// Error values: errors.New, fmt.Errorf, custom error types with value and
// pointer receivers, nil errors, printed with Println and %v / %s.
package main

import (
	"errors"
	"fmt"
)

type parseError struct {
	line int
	msg  string
}

func (e *parseError) Error() string { return fmt.Sprintf("line %d: %s", e.line, e.msg) }

type codeErr int

func (c codeErr) Error() string { return fmt.Sprintf("code %d", int(c)) }

var errNotFound = errors.New("not found")

func find(xs []int, v int) (int, error) {
	for i, x := range xs {
		if x == v {
			return i, nil
		}
	}
	return -1, errNotFound
}

func parse(s string) error {
	if len(s) == 0 {
		return &parseError{1, "empty"}
	}
	if s[0] == '!' {
		return codeErr(len(s))
	}
	return nil
}

func wrap(err error, ctx string) error {
	if err == nil {
		return nil
	}
	return fmt.Errorf("%s: %v", ctx, err)
}

func main() {
	i, err := find([]int{3, 4, 5}, 4)
	fmt.Println(i, err, err == nil)
	i, err = find([]int{3, 4, 5}, 9)
	fmt.Println(i, err, err == errNotFound, err != nil)
	fmt.Printf("%v|%s|%q\n", err, err, err)

	for _, s := range []string{"", "!ab", "ok"} {
		e := parse(s)
		fmt.Println(e, e == nil)
		fmt.Printf("[%v]\n", e)
		w := wrap(e, "parse "+s)
		fmt.Println(w)
	}

	var pe *parseError = &parseError{7, "bad"}
	var e error = pe
	fmt.Println(e.Error(), e)
	fmt.Println(errors.New("x") == errors.New("x"))
	e1 := codeErr(3)
	var e2 error = codeErr(3)
	fmt.Println(e2 == e1, e2 == codeErr(4))

	errs := []error{errNotFound, codeErr(1), &parseError{2, "p"}, nil}
	fmt.Println(errs)
	fmt.Printf("%v\n", errs)
	nested := fmt.Errorf("outer: %w", fmt.Errorf("middle: %v", errNotFound))
	fmt.Println(nested)
	fmt.Println(fmt.Errorf("n=%d s=%s", 5, "x").Error())
	var nilErr error
	fmt.Printf("%v\n", nilErr)
	fmt.Println(nilErr)
}
