package main

import (
	"fmt"
	"sort"
	"strings"
)

type Celsius float64

func (c Celsius) F() float64 { return float64(c)*9/5 + 32 }

type Words []string

func (w Words) Len() int           { return len(w) }
func (w Words) Less(i, j int) bool { return len(w[i]) < len(w[j]) || len(w[i]) == len(w[j]) && w[i] < w[j] }
func (w Words) Swap(i, j int)      { w[i], w[j] = w[j], w[i] }
func (w *Words) Push(s string)     { *w = append(*w, s) }
func (w Words) Join() string       { return strings.Join(w, "+") }

type Set map[string]bool

func (s Set) Add(k string) Set { s[k] = true; return s }
func (s Set) Has(k string) bool { return s[k] }

type Op func(int) int

func (o Op) Twice(x int) int { return o(o(x)) }
func (o Op) Then(p Op) Op    { return func(x int) int { return p(o(x)) } }

type Flags uint8

const (
	FlagA Flags = 1 << iota
	FlagB
	FlagC
)

func (f Flags) Has(g Flags) bool { return f&g != 0 }
func (f *Flags) Set(g Flags)     { *f |= g }
func (f Flags) String() string {
	var parts []string
	for i, n := range []string{"A", "B", "C"} {
		if f&(1<<i) != 0 {
			parts = append(parts, n)
		}
	}
	return "Flags(" + strings.Join(parts, "|") + ")"
}

type Text string

func (t Text) Upper() Text { return Text(strings.ToUpper(string(t))) }

func main() {
	fmt.Println(Celsius(100).F(), Celsius(-40).F())
	w := Words{"ccc", "a", "bb", "aa"}
	sort.Sort(w)
	fmt.Println(w, w.Join())
	w.Push("dddd")
	fmt.Println(len(w), w.Len())
	sort.Sort(sort.Reverse(w))
	fmt.Println(w)
	s := Set{}
	s.Add("x").Add("y")
	fmt.Println(s.Has("x"), s.Has("z"), len(s))
	inc := Op(func(x int) int { return x + 1 })
	dbl := Op(func(x int) int { return x * 2 })
	fmt.Println(inc.Twice(5), inc.Then(dbl)(5), dbl.Then(inc).Twice(1))
	var f Flags
	f.Set(FlagA)
	f.Set(FlagC)
	fmt.Println(f, f.Has(FlagB), f.Has(FlagC), uint8(f))
	fmt.Printf("%v %d %s %x\n", f, f, FlagB, f)
	fmt.Println(Text("go").Upper(), len(Text("abc").Upper()))
	// Conversions between named types keep/lose methods.
	type Plain []string
	p := Plain(w)
	fmt.Println(len(p), Words(p).Join())
}
