package main

import (
	"fmt"
	"sort"
	"strings"
)

type Inventory struct {
	items map[string]int
	log   []string
}

func (inv *Inventory) Add(name string, n int) {
	inv.items[name] += n
	inv.log = append(inv.log, fmt.Sprintf("+%d %s", n, name))
}

func (inv *Inventory) Count(name string) int { return inv.items[name] }

type Rot int

func (r Rot) Map(c rune) rune {
	if c >= 'a' && c <= 'z' {
		return 'a' + (c-'a'+rune(r))%26
	}
	return c
}

type byLen []string

func (b byLen) Less(i, j int) bool { return len(b[i]) < len(b[j]) }

func forEach(names []string, f func(string, int)) {
	for i, n := range names {
		f(n, i+1)
	}
}

func compose(fs ...func(string) string) func(string) string {
	return func(s string) string {
		for _, f := range fs {
			s = f(s)
		}
		return s
	}
}

type Greeter interface{ Greet(string) string }
type English struct{}
type Pirate struct{ Arr int }

func (English) Greet(n string) string { return "Hello, " + n }
func (p Pirate) Greet(n string) string { return "Ahoy" + strings.Repeat("r", p.Arr) + ", " + n }

func main() {
	inv := &Inventory{items: map[string]int{}}
	forEach([]string{"apple", "pear", "fig"}, inv.Add)
	fmt.Println(inv.items, inv.log)
	count := inv.Count
	inv.Add("fig", 10)
	fmt.Println(count("fig"))
	// Method value of a named int passed to strings.Map.
	fmt.Println(strings.Map(Rot(13).Map, "hello, world"))
	fmt.Println(strings.Map(Rot(13).Map, strings.Map(Rot(13).Map, "round trip")))
	// Method value used as a sort.Slice less function.
	words := byLen{"ccc", "a", "bb", "dddd"}
	sort.Slice(words, words.Less)
	fmt.Println(words)
	// Pipelines of method values and functions.
	g := Pirate{3}
	pipeline := compose(strings.TrimSpace, strings.ToLower, g.Greet, strings.ToUpper)
	fmt.Println(pipeline("  JACK "))
	// Interface method values in a slice.
	greeters := []Greeter{English{}, Pirate{1}, Pirate{5}}
	var fs []func(string) string
	for _, gr := range greeters {
		fs = append(fs, gr.Greet)
	}
	for _, f := range fs {
		fmt.Println(f("Ann"))
	}
	// Interface method expression.
	greet := Greeter.Greet
	fmt.Println(greet(Pirate{2}, "Bob"))
	fmt.Printf("%T\n%T\n", greet, inv.Add)
	// Method values from embedded fields.
	type Wrapper struct{ *Inventory }
	w := Wrapper{inv}
	add := w.Add
	add("kiwi", 2)
	fmt.Println(inv.Count("kiwi"), len(inv.log))
}
