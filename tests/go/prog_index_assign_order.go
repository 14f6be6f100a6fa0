// An element store evaluates the index operands, then the right-hand side,
// and only then checks the index (the spec's two phases of an assignment):
// a bad index panics after the right-hand side's effects. Indexes that are
// themselves index expressions, arrays, pointers to arrays, and large
// elements keep that order, and parallel assignments keep theirs. So do
// stores the compiler drops because nothing reads their array.
package main

import "fmt"

var trace []string

func note(s string, v int) int {
	trace = append(trace, fmt.Sprint(s, v))
	return v
}

func try(name string, f func()) {
	trace = nil
	defer func() {
		fmt.Println(name, trace, recover())
	}()
	f()
}

type big struct{ a, b, c, d int }

// w and a are never read: their stores are dropped, their operands and
// checks are not.
func deadStores() {
	w := make([]int, 3)
	var a [2]string
	for i := 0; i < 3; i++ {
		w[note("i", i)] = note("v", i*10)
	}
	a[note("j", 1)] = fmt.Sprint(note("s", 5))
	fmt.Println(trace, len(w), cap(w), len(a))
	w[note("k", 3)] = note("never", 0)
}

func main() {
	try("dead stores", deadStores)
	s := []int{10, 20, 30}
	idx := []int{2, 0, 7}
	var arr [3]int
	var arrIdx = [3]int{1, 2, 5}
	pa := &arr
	bigs := make([]big, 2)

	try("slice", func() { s[note("i", 3)] = note("v", 1) })
	try("nested", func() { s[idx[note("j", 2)]] = note("v", 2) })
	try("nested ok", func() { s[idx[note("j", 0)]] = note("v", 3) })
	try("array", func() { arr[arrIdx[note("k", 2)]] = note("v", 4) })
	try("array ok", func() { arr[arrIdx[note("k", 0)]] = note("v", 5) })
	try("pointer", func() { pa[note("p", 4)] = note("v", 6) })
	try("large", func() { bigs[note("b", 2)] = big{a: note("v", 7)} })
	try("large ok", func() { bigs[note("b", 1)] = big{d: note("v", 8)} })
	try("field", func() { bigs[note("f", 5)].c = note("v", 9) })
	try("parallel", func() { s[note("x", 0)], s[note("y", 9)] = note("v", 10), note("w", 11) })
	try("op", func() { s[note("o", 1)] += note("v", 12) })
	fmt.Println(s, arr, bigs)

	// Phase one reads the operands: the index and the slice as they were.
	i := 0
	i, s[i] = 2, 40
	t := s
	s, s[1] = nil, 50
	fmt.Println(i, t, s == nil)
	var grid [2][3]int
	try("grid", func() { grid[note("r", 1)][note("c", 3)] = note("v", 13) })
	try("grid ok", func() { grid[note("r", 1)][note("c", 2)] = note("v", 14) })
	fmt.Println(grid)
}
