package main

import (
	"errors"
	"fmt"
)

type Shape interface{ Area() int }
type Sq struct{ S int }

func (s Sq) Area() int { return s.S * s.S }

type MyErr struct{}

func (*MyErr) Error() string { return "myerr" }

type Num int

func classify(v interface{}) string {
	switch x := v.(type) {
	case nil:
		return "nil"
	case int, int8, int16:
		// x has the type of v here.
		return fmt.Sprintf("small int %T %v", x, x)
	case Num:
		return fmt.Sprintf("Num %d", x+1)
	case string:
		return "string of len " + fmt.Sprint(len(x))
	case error:
		return "error " + x.Error()
	case Shape:
		return fmt.Sprintf("shape %d", x.Area())
	case []int:
		return fmt.Sprintf("ints %d", len(x))
	case map[string]int, map[int]string:
		return fmt.Sprintf("some map %v", x)
	case func() int:
		return fmt.Sprint("func returning ", x())
	case *int:
		if x == nil {
			return "nil *int"
		}
		return fmt.Sprint("ptr to ", *x)
	case struct{}:
		return "empty struct"
	default:
		return fmt.Sprintf("other %T", x)
	}
}

func main() {
	n := 9
	var nilPtr *int
	var nilErr *MyErr
	vals := []interface{}{nil, 1, int8(2), int16(3), int32(4), Num(5), "abc", errors.New("boom"), &MyErr{}, nilErr, Sq{3}, &Sq{4},
		[]int{1, 2}, map[string]int{"a": 1}, map[int]string{}, func() int { return 7 }, &n, nilPtr, struct{}{}, 2.5, []string(nil)}
	for _, v := range vals {
		fmt.Println(classify(v))
	}
	// Switch without binding, on a non-empty interface, with order-dependent cases.
	var s Shape = Sq{2}
	switch s.(type) {
	case interface{ Area() int }:
		fmt.Println("first matching case wins")
	case Sq:
		fmt.Println("never")
	}
	// nil case together with another type.
	var e error
	switch x := e.(type) {
	case nil, *MyErr:
		fmt.Printf("nil or *MyErr: %v %T\n", x, x)
	}
	e = nilErr
	switch x := e.(type) {
	case nil:
		fmt.Println("never: typed nil is not nil")
	case *MyErr:
		fmt.Println("typed nil *MyErr", x == nil)
	}
	// Default in the middle, and fallthrough-free semantics.
	for _, v := range []interface{}{true, 'r', 1.5} {
		switch v.(type) {
		default:
			fmt.Println("default", v)
		case bool:
			fmt.Println("bool", v)
		case rune:
			fmt.Println("rune", v)
		}
	}
	// Type switch on a function call result evaluated once.
	calls := 0
	get := func() interface{} { calls++; return "x" }
	switch get().(type) {
	case int:
	case string:
	}
	fmt.Println("calls", calls)
}
