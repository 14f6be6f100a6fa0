// Exercises sort.Search, SearchInts, SearchStrings, SearchFloat64s and the IntSlice methods.
package main

import (
	"fmt"
	"sort"
)

func main() {
	a := []int{1, 3, 3, 3, 7, 9, 12}
	for _, x := range []int{0, 1, 3, 4, 12, 13} {
		fmt.Print(x, ":", sort.SearchInts(a, x), " ")
	}
	fmt.Println()
	fmt.Println(sort.SearchInts(nil, 5), sort.IntSlice(a).Search(9))
	s := []string{"apple", "banana", "cherry"}
	for _, x := range []string{"", "apple", "b", "cherry", "zz"} {
		fmt.Print(x, ":", sort.SearchStrings(s, x), " ")
	}
	fmt.Println()
	f := []float64{-1.5, 0, 2.25, 1e9}
	fmt.Println(sort.SearchFloat64s(f, 2.25), sort.SearchFloat64s(f, -2), sort.SearchFloat64s(f, 2e9))
	// Search for the smallest i with i*i >= n.
	for _, n := range []int{0, 1, 2, 99, 100, 101} {
		fmt.Print(sort.Search(1000, func(i int) bool { return i*i >= n }), " ")
	}
	fmt.Println()
	// Descending data with a reversed predicate.
	d := []int{50, 40, 30, 20, 10}
	fmt.Println(sort.Search(len(d), func(i int) bool { return d[i] <= 30 }))
	fmt.Println(sort.Search(0, func(int) bool { return true }), sort.Search(5, func(int) bool { return false }))
	is := sort.IntSlice{5, 2, 8, 1}
	is.Sort()
	fmt.Println(is, is.Len(), is.Less(0, 1), sort.IntsAreSorted(is))
	ss := sort.StringSlice{"b", "a", "c"}
	sort.Sort(sort.Reverse(ss))
	fmt.Println(ss, sort.StringsAreSorted(ss))
	fs := sort.Float64Slice{2, 1}
	fs.Sort()
	fmt.Println(fs, sort.Float64sAreSorted(fs))
	i, found := sort.Find(len(s), func(i int) int {
		if "banana" < s[i] {
			return -1
		} else if "banana" == s[i] {
			return 0
		}
		return 1
	})
	fmt.Println(i, found)
}
