package main

import (
	"errors"
	"fmt"
	"runtime"
)

func catch(f func()) (r interface{}) {
	defer func() { r = recover() }()
	f()
	return nil
}

func main() {
	s := []int{1}
	idx := 3
	zero := 0
	var m map[int]int
	var p *struct{ X int }
	var e interface{} = "str"
	var ik interface{} = []int{}
	cases := []func(){
		func() { _ = s[idx] },
		func() { _ = s[1:idx] },
		func() { _ = 1 / zero },
		func() { m[1] = 1 },
		func() { _ = p.X },
		func() { _ = e.(int) },
		func() { _ = map[interface{}]int{ik: 1} },
		func() { _ = ik == ik },
		func() { panic("plain string") },
		func() { panic(errors.New("plain error")) },
	}
	for i, f := range cases {
		r := catch(f)
		re, isRuntime := r.(runtime.Error)
		err, isErr := r.(error)
		fmt.Printf("%d: runtime.Error=%v error=%v\n", i, isRuntime, isErr)
		if isRuntime {
			fmt.Println("   ", re.Error())
		} else if isErr {
			fmt.Println("   ", err.Error())
		} else {
			fmt.Println("   ", r)
		}
	}
	// Re-raising a recovered runtime.Error keeps its identity.
	r := catch(func() {
		defer func() {
			x := recover()
			panic(x)
		}()
		_ = s[idx]
	})
	_, ok := r.(runtime.Error)
	fmt.Println("re-raised still runtime.Error:", ok)
	// Wrapping a runtime error.
	w := fmt.Errorf("context: %w", catch(func() { _ = 1 / zero }).(error))
	var target runtime.Error
	fmt.Println(w, errors.As(w, &target))
}
