// Exercises sort.Float64s with NaN and infinities, and sort.Slice/SliceStable/SliceIsSorted.
package main

import (
	"fmt"
	"math"
	"sort"
)

func main() {
	f := []float64{3, math.NaN(), -1, math.Inf(1), 0, math.Inf(-1), math.NaN(), math.Copysign(0, -1), 2.5}
	sort.Float64s(f)
	fmt.Println(f, sort.Float64sAreSorted(f))
	ints := []int{5, -2, 9, 0, -2, 7, math.MaxInt64, math.MinInt64}
	sort.Ints(ints)
	fmt.Println(ints)
	strs := []string{"b", "B", "a", "", "ab", "Ab", "é", "z"}
	sort.Strings(strs)
	fmt.Printf("%q\n", strs)
	type kv struct {
		k string
		v int
	}
	items := []kv{{"x", 3}, {"y", 1}, {"z", 3}, {"w", 2}, {"v", 1}, {"u", 3}}
	sort.SliceStable(items, func(i, j int) bool { return items[i].v < items[j].v })
	fmt.Println(items)
	sort.SliceStable(items, func(i, j int) bool { return items[i].v > items[j].v })
	fmt.Println(items)
	sort.Slice(items, func(i, j int) bool { return items[i].k < items[j].k })
	fmt.Println(items, sort.SliceIsSorted(items, func(i, j int) bool { return items[i].k < items[j].k }))
	n := make([]int, 100)
	for i := range n {
		n[i] = (i * 37) % 100
	}
	sort.Slice(n, func(i, j int) bool { return n[i] > n[j] })
	fmt.Println(n[:5], n[95:])
	sort.Sort(sort.Reverse(sort.IntSlice(n)))
	fmt.Println(n[:5], sort.IntsAreSorted(n))
}
