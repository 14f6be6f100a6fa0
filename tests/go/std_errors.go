package main

import (
	"errors"
	"fmt"
	"strconv"
)

type MyErr struct{ Code int }

func (e *MyErr) Error() string { return "myerr " + strconv.Itoa(e.Code) }

type wrapped struct {
	msg string
	err error
}

func (w *wrapped) Error() string { return w.msg + ": " + w.err.Error() }
func (w *wrapped) Unwrap() error { return w.err }

type valErr struct{ s string }

func (v valErr) Error() string { return "val " + v.s }

type isAll struct{}

func (isAll) Error() string        { return "isAll" }
func (isAll) Is(target error) bool { return true }

type sliceErr []int

func (sliceErr) Error() string { return "slice" }

type asErr struct{}

func (asErr) Error() string { return "asErr" }
func (asErr) As(target any) bool {
	if p, ok := target.(**MyErr); ok {
		*p = &MyErr{7}
		return true
	}
	return false
}

var ErrBase = errors.New("base")

func main() {
	e1 := errors.New("x")
	e2 := errors.New("x")
	fmt.Println(e1 == e2, e1.Error(), errors.Unwrap(e1) == nil)
	w := &wrapped{"outer", &wrapped{"inner", ErrBase}}
	fmt.Println(w, errors.Is(w, ErrBase), errors.Is(w, e1), errors.Unwrap(w).Error(), errors.Unwrap(errors.Unwrap(w)) == ErrBase)
	fmt.Println(errors.Is(nil, nil), errors.Is(nil, ErrBase), errors.Is(ErrBase, nil))
	fmt.Println(errors.Is(isAll{}, ErrBase), errors.Is(valErr{"a"}, valErr{"a"}), errors.Is(valErr{"a"}, valErr{"b"}))
	fmt.Println(errors.Is(sliceErr{1}, sliceErr{1}))
	var me *MyErr
	w2 := &wrapped{"ctx", &MyErr{42}}
	fmt.Println(errors.As(w2, &me), me.Code, me)
	var ve valErr
	fmt.Println(errors.As(&wrapped{"v", valErr{"q"}}, &ve), ve.s, errors.As(w2, &ve))
	var anyErr interface{ Error() string }
	fmt.Println(errors.As(w2, &anyErr), anyErr)
	var target error
	fmt.Println(errors.As(ErrBase, &target), target == ErrBase)
	var viaAs *MyErr
	fmt.Println(errors.As(&wrapped{"a", asErr{}}, &viaAs), viaAs)
	var s string
	var me2 *MyErr
	fmt.Println(errors.As(ErrBase, &me2), me2 == nil, errors.As(nil, &me2))
	_, err := strconv.Atoi("zz")
	var ne *strconv.NumError
	fmt.Println(errors.As(err, &ne), ne.Num, errors.Is(err, strconv.ErrSyntax))
	for _, bad := range []any{nil, me, 5, &s} {
		func() {
			defer func() { fmt.Println("panic:", recover()) }()
			errors.As(ErrBase, bad)
		}()
	}
}
