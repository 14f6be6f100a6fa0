package main

import (
	"fmt"
	"runtime"
)

type record struct {
	id    int
	name  string
	inner struct{ a, b int }
}

var sink []*int

func churn() {
	for i := 0; i < 20000; i++ {
		p := new([8]int)
		p[0] = i
		if i%5000 == 0 {
			runtime.GC()
		}
	}
}

func main() {
	arr := new([1000]int)
	for i := range arr {
		arr[i] = i * 3
	}
	elem := &arr[500] // the only reference: an interior pointer
	arr = nil

	r := &record{id: 7, name: "seven"}
	r.inner.a, r.inner.b = 70, 77
	field := &r.inner.b
	r = nil

	s := make([]int, 100)
	for i := range s {
		s[i] = i
	}
	tail := s[90:95] // a slice into the middle of the array
	s = nil

	churn()
	runtime.GC()
	churn()
	fmt.Println(*elem, *field, tail, len(tail), cap(tail))
}
