package main

import (
	"errors"
	"fmt"
)

func safeDiv(a, b int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	q = a / b
	return
}

func order() {
	for i := 0; i < 3; i++ {
		defer fmt.Println("deferred", i)
	}
	fmt.Println("body done")
}

func named() (n int) {
	defer func() { n *= 2 }()
	return 21
}

type T struct{ name string }

func (t *T) Close() { fmt.Println("close", t.name) }

type Closer interface{ Close() }

func methods() {
	t := &T{"a"}
	defer t.Close()
	var c Closer = &T{"b"}
	defer c.Close()
	t.name = "changed"
}

func nested() {
	defer func() {
		r := recover()
		fmt.Println("outer recovered:", r)
	}()
	func() {
		defer fmt.Println("inner deferred runs")
		panic(errors.New("deep"))
	}()
	fmt.Println("not reached")
}

func repanic() {
	defer func() {
		fmt.Println("recover in repanic:", recover())
	}()
	defer func() {
		panic("second")
	}()
	panic("first")
}

func main() {
	fmt.Println(safeDiv(10, 2))
	fmt.Println(safeDiv(1, 0))
	order()
	fmt.Println(named())
	methods()
	nested()
	repanic()
	fmt.Println(recover())
	var s []int
	defer fmt.Println("main deferred")
	defer func() {
		r := recover()
		fmt.Println("got", r)
		panic(fmt.Sprint("again: ", r))
	}()
	_ = s[3]
}
