// Closures capture variables, not values: each call of the factory makes a
// new variable, shared by the closures made in that call.
package main

import "fmt"

func makeCounter() func() int {
	n := 0
	return func() int {
		n++
		return n
	}
}

func makePair() (func(), func() int) {
	v := 0
	inc := func() { v += 10 }
	get := func() int { return v }
	return inc, get
}

func main() {
	c1 := makeCounter()
	c2 := makeCounter()
	fmt.Println(c1(), c1(), c1(), c2(), c1(), c2())
	inc, get := makePair()
	inc()
	inc()
	fmt.Println(get())
	x := 1
	f := func() int { return x * 2 }
	x = 21
	fmt.Println(f())
	acc := 0
	add := func(d int) { acc += d }
	for i := 1; i <= 10; i++ {
		add(i)
	}
	fmt.Println(acc)
	gen := func() func() int {
		a, b := 0, 1
		return func() int {
			r := a
			a, b = b, a+b
			return r
		}
	}()
	for i := 0; i < 10; i++ {
		fmt.Print(gen(), " ")
	}
	fmt.Println()
	counters := []func() int{}
	for i := 0; i < 3; i++ {
		counters = append(counters, makeCounter())
	}
	counters[1]()
	counters[1]()
	fmt.Println(counters[0](), counters[1](), counters[2]())
}
