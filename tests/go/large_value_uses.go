// Large values (over the frame limit, held in frames as a pointer to a
// private copy) in every kind of use: call results and their fields and
// methods, interfaces, method values, multiple and named results changed by
// deferred calls, variadic arguments, conversions, switches, closures, map
// keys and values, channels and select, goroutine and deferred arguments.
package main

import (
	"errors"
	"fmt"
)

type big [300]int64
type big2 big

type table struct {
	name  string
	cells big
}

func (t table) sum() int64 {
	var s int64
	for _, c := range t.cells {
		s += c
	}
	return s
}

func (t *table) set(i int, v int64) { t.cells[i] = v }

type summer interface{ sum() int64 }

func mk(n int64) table {
	var t table
	t.name = fmt.Sprint("t", n)
	for i := range t.cells {
		t.cells[i] = n
	}
	return t
}

func two() (big, table) {
	var b big
	b[0] = 1
	return b, mk(2)
}

func variadic(bs ...big) int64 {
	var s int64
	for _, b := range bs {
		s += b[0]
	}
	return s
}

func recovered() (r table, err error) {
	defer func() {
		if x := recover(); x != nil {
			r.name = "recovered"
			r.cells[1] = 11
			err = errors.New(fmt.Sprint(x))
		}
	}()
	r = mk(3)
	var arr []int
	_ = arr[5]
	return
}

func deferredSet() (r big) {
	defer func() { r[2] = 22 }()
	r[1] = 1
	return r
}

func main() {
	fmt.Println(mk(1).sum(), mk(2).name, len(mk(3).cells))
	var s summer = mk(4)
	fmt.Println(s.sum())
	f := mk(5).sum
	g := table.sum
	fmt.Println(f(), g(mk(6)))
	t := mk(7)
	pt := &t
	pt.set(0, 0)
	fmt.Println(pt.sum(), t.sum(), (*pt).sum())
	var ps summer = pt
	fmt.Println(ps.sum())

	b, tt := two()
	fmt.Println(b[0], tt.name, tt.sum())
	fmt.Println(variadic(b, b, b), variadic(), variadic([]big{b}...))

	r, err := recovered()
	fmt.Println(r.name, r.cells[1], r.cells[0], err)
	d := deferredSet()
	fmt.Println(d[1], d[2])

	var x interface{} = tt
	switch v := x.(type) {
	case table:
		fmt.Println("type switch", v.name, v.sum())
	}
	if v, ok := x.(table); ok {
		fmt.Println("comma ok", v.cells[0])
	}
	if _, ok := x.(big); !ok {
		fmt.Println("not big")
	}

	var sl []big
	for i := 0; i < 5; i++ {
		var e big
		e[0] = int64(i)
		sl = append(sl, e)
	}
	sl = append(sl, sl...)
	fmt.Println(len(sl), sl[4][0], sl[9][0])

	b2 := big2(b)
	fmt.Println(b2[0], big(b2) == b)
	p := new(big)
	*p = b
	p[1] = 9
	c := *p
	fmt.Println(c[0], c[1], *p == c)
	switch c {
	case b:
		fmt.Println("case b")
	case *p:
		fmt.Println("case p")
	}
	for i, v := range mk(8).cells {
		if i == 299 {
			fmt.Println("range call", v)
		}
	}
	grid := [3]big{}
	grid[2][299] = 5
	fmt.Println(grid[2][299], len(grid))

	m := map[big]table{}
	m[b] = mk(9)
	m[c] = mk(10)
	fmt.Println(len(m), m[b].name, m[c].sum())
	delete(m, b)
	_, ok := m[b]
	fmt.Println(len(m), ok)
	for k, v := range m {
		fmt.Println("map range", k[1], v.name)
	}
	ch := make(chan table)
	done := make(chan big)
	go func() {
		v := <-ch
		var out big
		out[0] = v.sum()
		done <- out
		close(ch)
	}()
	select {
	case ch <- mk(11):
	}
	select {
	case v, ok := <-done:
		fmt.Println("select recv", v[0], ok)
	}
	v, ok := <-ch
	fmt.Println(v.name == "", ok)
	cl := func() int64 { return t.sum() + b[0] }
	t.cells[5] = 100
	fmt.Println(cl())
	cells := mk(1).cells
	fmt.Printf("%v %d\n", cells[:3], len(fmt.Sprint(mk(1))))
	defer fmt.Println("deferred", mk(12).sum())
	go func(t table) {}(t)
}
