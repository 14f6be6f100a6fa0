package main

import (
	"fmt"
	"math"
	"math/bits"
	"sort"
)

type person struct {
	name string
	age  int
}

type byAge []person

func (a byAge) Len() int           { return len(a) }
func (a byAge) Less(i, j int) bool { return a[i].age < a[j].age }
func (a byAge) Swap(i, j int)      { a[i], a[j] = a[j], a[i] }

func main() {
	seed := uint32(7)
	var ps []person
	for i := 0; i < 300; i++ {
		seed = seed*1103515245 + 12345
		ps = append(ps, person{fmt.Sprint("p", i), int(seed>>16) % 10})
	}
	a := append([]person(nil), ps...)
	sort.Sort(byAge(a))
	fmt.Println(a[:40])
	b := append([]person(nil), ps...)
	sort.Slice(b, func(i, j int) bool { return b[i].age < b[j].age })
	fmt.Println(b[100:140])
	c := append([]person(nil), ps...)
	sort.SliceStable(c, func(i, j int) bool { return c[i].age < c[j].age })
	fmt.Println(c[200:240])
	d := append([]person(nil), ps...)
	sort.Stable(sort.Reverse(byAge(d)))
	fmt.Println(d[:30], sort.IsSorted(byAge(d)), sort.IsSorted(sort.Reverse(byAge(d))))
	ints := []int{5, 2, 8, -1, 3, 3, 9, 0}
	sort.Ints(ints)
	fmt.Println(ints, sort.IntsAreSorted(ints), sort.SearchInts(ints, 3), sort.SearchInts(ints, 4))
	strs := []string{"pear", "apple", "fig", "banana", "apple"}
	sort.Strings(strs)
	fmt.Println(strs, sort.SearchStrings(strs, "fig"), sort.StringsAreSorted(strs))
	fl := []float64{2.5, math.NaN(), -1, math.Copysign(0, -1), 0, math.Inf(1), 0, math.Copysign(0, -1), -3}
	sort.Float64s(fl)
	fmt.Println(fl)
	var fs []float64
	for i := 0; i < 100; i++ {
		seed = seed*1103515245 + 12345
		v := float64(int(seed>>16)%3 - 1)
		if v == 0 && seed&0x10000 != 0 {
			v = math.Copysign(0, -1)
		}
		fs = append(fs, v)
	}
	sort.Float64s(fs)
	fmt.Println(fs)
	idx := sort.Search(100, func(i int) bool { return i*i >= 50 })
	fmt.Println(idx, sort.SliceIsSorted(ints, func(i, j int) bool { return ints[i] < ints[j] }))
	pos, found := sort.Find(len(strs), func(i int) int {
		if "banana" < strs[i] {
			return -1
		} else if "banana" == strs[i] {
			return 0
		}
		return 1
	})
	fmt.Println(pos, found)
	// decreasing and patterned inputs exercise reversal, partialInsertionSort and breakPatterns
	e := make([]person, 200)
	for i := range e {
		e[i] = person{fmt.Sprint("q", i), (200 - i) / 3}
	}
	sort.Sort(byAge(e))
	fmt.Println(e[:30])
	f := make([]person, 500)
	for i := range f {
		f[i] = person{fmt.Sprint("r", i), i % 7 * (i % 3)}
	}
	sort.Slice(f, func(i, j int) bool { return f[i].age < f[j].age })
	fmt.Println(f[:20], f[250:270])
	fmt.Println(bits.LeadingZeros64(1), bits.LeadingZeros32(0), bits.TrailingZeros(8), bits.TrailingZeros16(0), bits.OnesCount(255), bits.OnesCount8(7), bits.Len(0), bits.Len32(1<<20), bits.RotateLeft8(0x81, 1), bits.RotateLeft32(1, -1), bits.Reverse8(1), bits.Reverse64(1), bits.ReverseBytes32(0x01020304), bits.ReverseBytes16(0x0102))
	hi, lo := bits.Mul64(1<<63, 4)
	q, r := bits.Div64(1, 5, 7)
	s, carry := bits.Add64(math.MaxUint64, 1, 0)
	dd, borrow := bits.Sub64(0, 1, 0)
	fmt.Println(hi, lo, q, r, s, carry, dd, borrow, bits.UintSize)
}
