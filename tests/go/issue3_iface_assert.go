package main

import (
	"errors"
	"fmt"
)

type Shape interface{ Area() float64 }
type Sq struct{ S float64 }

func (s Sq) Area() float64 { return s.S * s.S }

type MyErr struct{ Code int }

func (e *MyErr) Error() string { return fmt.Sprintf("code %d", e.Code) }

type Num int

func main() {
	vals := []interface{}{42, "str", 3.5, Sq{2}, &Sq{3}, nil, Num(7), []int{1}, errors.New("e"), &MyErr{5}, int8(1), true}
	for _, v := range vals {
		i, isInt := v.(int)
		s, isStr := v.(string)
		sh, isShape := v.(Shape)
		e, isErr := v.(error)
		n, isNum := v.(Num)
		fmt.Println(i, isInt, s, isStr, sh, isShape, e, isErr, n, isNum)
	}
	// Asserting to a concrete pointer type.
	var sh Shape = &Sq{4}
	if p, ok := sh.(*Sq); ok {
		p.S = 5
	}
	fmt.Println(sh.Area())
	if _, ok := sh.(Sq); !ok {
		fmt.Println("not Sq value")
	}
	// Assertion result is a copy for value types.
	var v interface{} = Sq{1}
	c := v.(Sq)
	c.S = 100
	fmt.Println(v.(Sq).S, c.S)
	// Assertion on a nil interface with comma-ok.
	var nilI interface{}
	x, ok := nilI.(int)
	fmt.Println(x, ok)
	var nilS Shape
	y, ok := nilS.(Sq)
	fmt.Println(y, ok)
	z, ok := nilS.(interface{})
	fmt.Println(z, ok)
	// Asserting to interface{} on a non-nil value always succeeds.
	w, ok := sh.(interface{})
	fmt.Printf("%T %v\n", w, ok)
	// Chained assertions.
	var nested interface{} = interface{}(Shape(Sq{3}))
	fmt.Println(nested.(Shape).Area(), nested.(Sq).S)
	// Asserting to an interface requiring a pointer method from a value.
	var ev interface{} = MyErr{1}
	_, ok = ev.(error)
	fmt.Println("MyErr value is error:", ok)
}
