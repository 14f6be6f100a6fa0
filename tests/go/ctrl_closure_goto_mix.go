// Control flow mixed with closures: closures created inside loops with
// labels, break/continue inside a closure's own loop not affecting the
// outer loop, early returns from nested loops, and a state machine driven
// by a slice of closures.
package main

import "fmt"

func firstDup(xs []int) (int, int) {
	for i := range xs {
		for j := i + 1; j < len(xs); j++ {
			if xs[i] == xs[j] {
				return i, j
			}
		}
	}
	return -1, -1
}

func main() {
	out := []string{}
outer:
	for i := 0; i < 4; i++ {
		check := func(k int) bool {
			for j := 0; j < 10; j++ {
				if j == k {
					break // the closure's own loop
				}
				if j > 5 {
					return false
				}
			}
			return k%2 == 0
		}
		switch {
		case i == 3:
			break outer
		case check(i):
			out = append(out, fmt.Sprint("even", i))
			continue outer
		}
		out = append(out, fmt.Sprint("odd", i))
	}
	fmt.Println(out)
	fmt.Println(firstDup([]int{3, 1, 4, 1, 5}))
	fmt.Println(firstDup(nil))

	type state int
	const (
		start state = iota
		inWord
		inSpace
		done
	)
	text := "  the quick  brown fox "
	pos := 0
	words := 0
	var handlers []func() state
	handlers = []func() state{
		start: func() state {
			if pos >= len(text) {
				return done
			}
			if text[pos] == ' ' {
				return inSpace
			}
			return inWord
		},
		inWord: func() state {
			words++
			for pos < len(text) && text[pos] != ' ' {
				pos++
			}
			return start
		},
		inSpace: func() state {
			for pos < len(text) && text[pos] == ' ' {
				pos++
			}
			return start
		},
	}
	st := start
	steps := 0
	for st != done {
		st = handlers[st]()
		steps++
	}
	fmt.Println(words, steps, pos)

	i := 0
	acc := []int{}
	var visit func()
	visit = func() {
	again:
		if i >= 5 {
			return
		}
		acc = append(acc, i*i)
		i++
		if i%2 == 1 {
			goto again
		}
		visit()
	}
	visit()
	fmt.Println(acc)
}
