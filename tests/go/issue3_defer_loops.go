package main

import "fmt"

type resource struct{ id int }

func (r *resource) Close() { fmt.Println("close", r.id) }

func openAll(n int) {
	for i := 0; i < n; i++ {
		r := &resource{i}
		defer r.Close()
	}
	fmt.Println("opened", n)
}

func perIteration(n int) {
	for i := 0; i < n; i++ {
		func() {
			r := &resource{100 + i}
			defer r.Close()
			fmt.Println("using", r.id)
		}()
	}
}

func main() {
	openAll(3)
	perIteration(2)
	// Go 1.19: the loop variable is shared by all iterations.
	func() {
		for i := 0; i < 3; i++ {
			defer func() { fmt.Println("closure i =", i) }()
		}
	}()
	func() {
		for i := 0; i < 3; i++ {
			defer func(i int) { fmt.Println("arg i =", i) }(i)
		}
	}()
	func() {
		for i := 0; i < 3; i++ {
			i := i
			defer func() { fmt.Println("copied i =", i) }()
		}
	}()
	func() {
		for _, s := range []string{"a", "b", "c"} {
			defer func() { fmt.Print(s) }()
		}
		defer fmt.Print("range var: ")
	}()
	fmt.Println()
	// Many defers in one frame.
	sum := 0
	func() {
		for i := 1; i <= 1000; i++ {
			defer func(v int) { sum += v }(i)
		}
	}()
	fmt.Println("sum", sum)
	// Defer inside a loop with break and continue.
	func() {
		for i := 0; i < 5; i++ {
			if i == 1 {
				continue
			}
			if i == 4 {
				break
			}
			defer fmt.Println("kept", i)
		}
	}()
}
