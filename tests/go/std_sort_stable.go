package main

import (
	"fmt"
	"sort"
	"strings"
)

type rec struct {
	key  int
	name string
}

type byKey []rec

func (a byKey) Len() int           { return len(a) }
func (a byKey) Less(i, j int) bool { return a[i].key < a[j].key }
func (a byKey) Swap(i, j int)      { a[i], a[j] = a[j], a[i] }

type counter struct {
	data       byKey
	less, swap int
}

func (c *counter) Len() int           { return c.data.Len() }
func (c *counter) Less(i, j int) bool { c.less++; return c.data.Less(i, j) }
func (c *counter) Swap(i, j int)      { c.swap++; c.data.Swap(i, j) }

func gen(n int, mod int) []rec {
	out := make([]rec, n)
	x := uint32(99)
	for i := range out {
		x ^= x << 13
		x ^= x >> 17
		x ^= x << 5
		out[i] = rec{int(x % uint32(mod)), fmt.Sprint("n", i)}
	}
	return out
}

func main() {
	for _, n := range []int{0, 1, 5, 12, 13, 20, 21, 49, 50, 51, 64, 100, 257, 1000} {
		a := gen(n, 10)
		b := append([]rec(nil), a...)
		c := &counter{data: a}
		sort.Sort(c)
		d := &counter{data: b}
		sort.Stable(d)
		names := make([]string, 0, 12)
		for i := 0; i < len(a) && i < 12; i++ {
			names = append(names, a[i].name+"/"+b[i].name)
		}
		fmt.Println(n, c.less, c.swap, d.less, d.swap, sort.IsSorted(byKey(a)), sort.IsSorted(byKey(b)), strings.Join(names, " "))
	}
	words := strings.Fields("the quick brown fox jumps over the lazy dog and the quick cat naps under a warm sun while the dog barks")
	sort.SliceStable(words, func(i, j int) bool { return len(words[i]) < len(words[j]) })
	fmt.Println(words)
	sort.Slice(words, func(i, j int) bool { return words[i][0] < words[j][0] })
	fmt.Println(words)
	asc := make([]rec, 300)
	for i := range asc {
		asc[i] = rec{i / 4, fmt.Sprint("a", i)}
	}
	asc[10], asc[200] = asc[200], asc[10]
	sort.Sort(byKey(asc))
	fmt.Println(asc[:12], asc[195:205])
	desc := make([]rec, 300)
	for i := range desc {
		desc[i] = rec{(300 - i) / 5, fmt.Sprint("d", i)}
	}
	sort.Sort(sort.Reverse(byKey(desc)))
	fmt.Println(desc[:12])
	sort.Sort(byKey(desc))
	fmt.Println(desc[:12])
}
