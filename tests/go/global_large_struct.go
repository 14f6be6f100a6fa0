// Large package-level structs: fields before, inside and after a large
// array field, nested large fields, methods with value and pointer
// receivers, comparison, maps and interfaces holding them, multi-value and
// dependency-ordered initialization.
package main

import "fmt"

type table struct {
	name  string
	count int32
	cells [300]int64
	flags [10]bool
	inner struct {
		label string
		vals  [280]uint16
	}
	last *int
}

func (t table) sum() int64 {
	var s int64
	for _, c := range t.cells {
		s += c
	}
	return s
}

func (t *table) set(i int, v int64) { t.cells[i] = v; t.count++ }

type matrix [20][20]float64

func (m *matrix) scale(f float64) {
	for i := range m {
		for j := range m[i] {
			m[i][j] *= f
		}
	}
}

func (m matrix) trace() float64 {
	t := 0.0
	for i := range m {
		t += m[i][i]
	}
	return t
}

var seven = 7

// Initialized after its dependency, whatever the textual order.
var copyOfT = t
var t = table{name: "t", count: 2, cells: [300]int64{1, 2, 299: 3}, last: &seven}
var a, b = pair()
var id = identity()
var m matrix
var marker = [3]string{"x", "y", "z"}

func pair() (table, table) {
	var x, y table
	x.name, y.name = "a", "b"
	x.cells[5], y.cells[6] = 50, 60
	x.inner.vals[279] = 9
	return x, y
}

func identity() (r matrix) {
	for i := range r {
		r[i][i] = 1
	}
	return
}

func main() {
	fmt.Println(t.name, t.count, t.cells[0], t.cells[299], *t.last, t.sum())
	fmt.Println(copyOfT.name, copyOfT.sum(), copyOfT == t)
	fmt.Println(a.name, a.cells[5], a.inner.vals[279], b.name, b.cells[6], a == b)

	t.set(100, 1000)
	t.flags[9] = true
	t.inner.label = "inner"
	t.inner.vals[3] = 65535
	fmt.Println(t.count, t.sum(), t.flags[9], t.inner.label, t.inner.vals[3], copyOfT == t)

	inner := t.inner
	inner.vals[3] = 1
	t.inner = inner
	fmt.Println(t.inner.vals[3], t.inner.label)

	p := &t.cells
	p[299] = -3
	f := &t.inner.vals[279]
	*f = 4
	fmt.Println(t.cells[299], t.inner.vals[279], t.sum())

	byName := map[string]table{}
	byName["t"] = t
	t.cells[0] = 0
	got := byName["t"]
	fmt.Println(got.cells[0], t.cells[0], len(byName))

	var x interface{} = t
	tt := x.(table)
	fmt.Println(tt.name, tt.sum() == t.sum())

	m = id
	m[3][4] = 2
	m.scale(1.5)
	fmt.Println(m.trace(), m[3][4], id.trace(), m[19])

	a = b
	b.cells[6] = 0
	fmt.Println(a.name, a.cells[6], b.cells[6], marker)
	t = table{}
	fmt.Println(t.name == "", t.sum(), t.last == nil, copyOfT.sum(), seven)
}
