package main

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
)

const text = `the quick brown fox jumps over the lazy dog the dog barks
and the fox runs away quick quick quick the end`

type entry struct {
	word  string
	count int
}

func main() {
	freq := map[string]int{}
	for _, w := range strings.Fields(text) {
		freq[w]++
	}
	entries := make([]entry, 0, len(freq))
	for w, c := range freq {
		entries = append(entries, entry{w, c})
	}
	sort.Slice(entries, func(i, j int) bool {
		if entries[i].count != entries[j].count {
			return entries[i].count > entries[j].count
		}
		return entries[i].word < entries[j].word
	})
	for _, e := range entries[:5] {
		fmt.Printf("%-6s %d\n", e.word, e.count)
	}
	fmt.Println(len(freq), freq)
	// Inverted index: count -> words.
	byCount := map[int][]string{}
	for w, c := range freq {
		byCount[c] = append(byCount[c], w)
	}
	for _, ws := range byCount {
		sort.Strings(ws)
	}
	fmt.Println(byCount)
	// Sets as map[string]struct{}.
	set := map[string]struct{}{}
	for _, w := range strings.Fields(text) {
		set[w] = struct{}{}
	}
	_, hasFox := set["fox"]
	_, hasCat := set["cat"]
	fmt.Println(len(set), hasFox, hasCat)
	// Numeric keys parsed from strings.
	nums := map[int]string{}
	for _, s := range strings.Split("10,2,33,2,-5,10", ",") {
		n, err := strconv.Atoi(s)
		if err != nil {
			panic(err)
		}
		nums[n] += s + ";"
	}
	fmt.Println(nums)
	// Memoised recursion with a map.
	memo := map[int]int{}
	var fib func(int) int
	fib = func(n int) int {
		if n < 2 {
			return n
		}
		if v, ok := memo[n]; ok {
			return v
		}
		v := fib(n-1) + fib(n-2)
		memo[n] = v
		return v
	}
	fmt.Println(fib(90), len(memo))
}
