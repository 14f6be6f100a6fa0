package main

import (
	"errors"
	"fmt"
)

func double() (n int) {
	defer func() { n *= 2 }()
	return 21
}

func unnamed() int {
	n := 1
	defer func() { n = 100 }() // does not affect the returned value
	return n
}

func both() (a, b int) {
	defer func() { a, b = b, a }()
	a = 1
	return a, 2
}

func wrap(fail bool) (err error) {
	defer func() {
		if err != nil {
			err = fmt.Errorf("wrap: %w", err)
		}
	}()
	if fail {
		return errors.New("inner")
	}
	return nil
}

func recovers() (result string, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
			result = "partial"
		}
	}()
	result = "started"
	var m map[string]int
	m["x"] = 1
	return "done", nil
}

func counter() (n int) {
	for i := 0; i < 3; i++ {
		defer func() { n++ }()
	}
	return 10
}

func shadow() (x int) {
	defer func() { x += 5 }()
	{
		x := 100 // shadows the result
		_ = x
	}
	return 1
}

func deferReturnValue() (s []int) {
	defer func() { s = append(s, 3) }()
	s = []int{1}
	return append(s, 2)
}

type result struct{ v int }

func structResult() (r result, p *result) {
	p = &r
	defer func() { r.v++ }()
	return result{10}, p
}

func main() {
	fmt.Println(double(), unnamed())
	fmt.Println(both())
	fmt.Println(wrap(true), wrap(false))
	fmt.Println(recovers())
	fmt.Println(counter(), shadow())
	fmt.Println(deferReturnValue())
	r, p := structResult()
	fmt.Println(r, *p)
}
