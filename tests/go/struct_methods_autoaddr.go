// Pointer-receiver methods called on addressable values (variables, slice
// elements, array elements through pointers, fields of fields) take the
// address implicitly; value-receiver methods on pointers dereference.
package main

import "fmt"

type acc struct {
	n   int
	log []int
}

func (a *acc) add(v int) *acc {
	a.n += v
	a.log = append(a.log, v)
	return a
}

func (a acc) get() int { return a.n }

type pair struct {
	left, right acc
	arr         [2]acc
}

func main() {
	var a acc
	a.add(1).add(2)
	fmt.Println(a.get(), a.log)

	accs := make([]acc, 2)
	accs[1].add(5)
	accs[1].add(6).add(7)
	fmt.Println(accs[0].get(), accs[1].get(), accs[1].log)

	var arr [3]acc
	pa := &arr
	pa[2].add(9)
	arr[0].add(1)
	fmt.Println(arr[0].n, arr[2].n, pa[2].get())

	var p pair
	p.left.add(1)
	p.arr[1].add(2)
	pp := &p
	pp.right.add(3)
	pp.arr[0].add(4).add(4)
	fmt.Println(p.left.get(), p.right.get(), p.arr[0].get(), p.arr[1].get())

	ptr := &accs[0]
	fmt.Println(ptr.get(), (*ptr).get())
	ptr.add(100)
	fmt.Println(accs[0].n)

	f := accs[1].add // binds &accs[1]
	f(1000)
	fmt.Println(accs[1].n)
	g := accs[1].get // copies accs[1]
	accs[1].add(1)
	fmt.Println(g(), accs[1].get())

	grid := [][]acc{{{}, {}}, {{}}}
	grid[1][0].add(8)
	grid[0][1].add(2)
	fmt.Println(grid[1][0].n, grid[0][1].n)

	type wrapper struct{ inner *acc }
	w := wrapper{&acc{}}
	w.inner.add(3)
	wcopy := w
	wcopy.inner.add(4)
	fmt.Println(w.inner.n, wcopy.inner.n)
}
