// Closures as generators and iterators, stored in slices and struct fields,
// composed, and passed as callbacks.
package main

import "fmt"

type pipeline struct {
	stages []func(int) int
	name   string
}

func (p *pipeline) add(f func(int) int) *pipeline {
	p.stages = append(p.stages, f)
	return p
}

func (p pipeline) run(x int) int {
	for _, f := range p.stages {
		x = f(x)
	}
	return x
}

func gen(start, step int) func() int {
	cur := start - step
	return func() int {
		cur += step
		return cur
	}
}

func take(n int, next func() int) []int {
	out := make([]int, 0, n)
	for i := 0; i < n; i++ {
		out = append(out, next())
	}
	return out
}

func compose(fs ...func(int) int) func(int) int {
	return func(x int) int {
		for i := len(fs) - 1; i >= 0; i-- {
			x = fs[i](x)
		}
		return x
	}
}

func filter(xs []int, keep func(int) bool) []int {
	var out []int
	for _, x := range xs {
		if keep(x) {
			out = append(out, x)
		}
	}
	return out
}

func fibGen() func() int {
	a, b := 0, 1
	return func() int {
		r := a
		a, b = b, a+b
		return r
	}
}

func main() {
	fmt.Println(take(5, gen(0, 3)), take(3, gen(10, -1)))
	g := gen(1, 1)
	g()
	fmt.Println(take(3, g), g())
	fmt.Println(take(12, fibGen()))

	double := func(x int) int { return x * 2 }
	inc := func(x int) int { return x + 1 }
	sq := func(x int) int { return x * x }
	fmt.Println(compose(double, inc)(5), compose(inc, double)(5), compose()(7), compose(sq, sq, inc)(1))

	p := &pipeline{name: "p"}
	p.add(inc).add(double).add(func(x int) int { return x - 3 })
	fmt.Println(p.run(1), p.run(10), len(p.stages))

	threshold := 5
	big := func(x int) bool { return x > threshold }
	xs := []int{1, 7, 3, 9, 5, 6}
	fmt.Println(filter(xs, big))
	threshold = 2
	fmt.Println(filter(xs, big))
	fmt.Println(filter(xs, func(x int) bool { return x%2 == 0 }) == nil)

	type handler struct {
		name string
		fn   func(string) string
	}
	hs := []handler{
		{"upper", func(s string) string {
			b := []byte(s)
			for i := range b {
				if b[i] >= 'a' && b[i] <= 'z' {
					b[i] -= 32
				}
			}
			return string(b)
		}},
		{"exclaim", func(s string) string { return s + "!" }},
	}
	msg := "hi there"
	for _, h := range hs {
		msg = h.fn(msg)
		fmt.Println(h.name, msg)
	}

	var nilFn func()
	fmt.Println(nilFn == nil, g != nil)
	memo := func(f func(int) int) func(int) int {
		cache := make([]int, 100)
		seen := make([]bool, 100)
		return func(n int) int {
			if !seen[n] {
				seen[n] = true
				cache[n] = f(n)
			}
			return cache[n]
		}
	}
	calls := 0
	slowSq := memo(func(n int) int { calls++; return n * n })
	fmt.Println(slowSq(9), slowSq(9), slowSq(3), calls)
}
