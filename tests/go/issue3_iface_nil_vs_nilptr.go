package main

import (
	"errors"
	"fmt"
)

type MyErr struct{ Msg string }

func (e *MyErr) Error() string {
	if e == nil {
		return "nil *MyErr"
	}
	return e.Msg
}

func mayFail(fail bool) error {
	var p *MyErr
	if fail {
		p = &MyErr{"failed"}
	}
	return p // never a nil interface
}

func mayFailCorrect(fail bool) error {
	if fail {
		return &MyErr{"failed"}
	}
	return nil
}

type Shape interface{ Area() int }
type Box struct{ W int }

func (b *Box) Area() int {
	if b == nil {
		return -1
	}
	return b.W
}

func main() {
	err := mayFail(false)
	fmt.Println(err == nil, err)
	fmt.Printf("%v %T\n", err, err)
	err = mayFailCorrect(false)
	fmt.Println(err == nil, err)
	fmt.Printf("%v %T\n", err, err)
	err = mayFail(true)
	fmt.Println(err == nil, err)
	// Recovering the typed nil.
	if me, ok := mayFail(false).(*MyErr); ok {
		fmt.Println("holds *MyErr", me == nil)
	}
	var s Shape
	fmt.Println(s == nil)
	var bp *Box
	s = bp
	fmt.Println(s == nil, s.Area(), s != nil)
	s = nil
	fmt.Println(s == nil)
	// Comparing with a typed nil.
	var e1 error = (*MyErr)(nil)
	var e2 error = (*MyErr)(nil)
	fmt.Println(e1 == e2, e1 == (*MyErr)(nil), e1 != nil)
	// Interfaces holding nil slices, maps and funcs are not nil.
	var sl []int
	var mp map[string]int
	var fn func()
	for _, v := range []interface{}{sl, mp, fn, nil} {
		fmt.Printf("%v %T %v\n", v == nil, v, v)
	}
	// errors.New values are distinct even with equal text.
	a, b := errors.New("x"), errors.New("x")
	fmt.Println(a == b, a.Error() == b.Error(), a == a)
	// Calling a method on a nil interface panics.
	defer func() { fmt.Println("recovered:", recover()) }()
	var nilShape Shape
	fmt.Println(nilShape.Area())
}
