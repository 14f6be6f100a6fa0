// Labeled break and continue across nested loops and out of a switch.
package main

import "fmt"

func main() {
outer:
	for i := 0; i < 4; i++ {
		for j := 0; j < 4; j++ {
			if j == 2 {
				continue outer
			}
			if i == 3 {
				break outer
			}
			fmt.Print(i, j, " ")
		}
	}
	fmt.Println()
	found := -1
search:
	for i, row := range [][]int{{1, 2}, {3, 42}, {42, 5}} {
		for _, v := range row {
			if v == 42 {
				found = i
				break search
			}
		}
	}
	fmt.Println("found in row", found)
loop:
	for n := 0; ; n++ {
		switch {
		case n%2 == 0:
			continue loop
		case n > 6:
			break loop
		}
		fmt.Print(n, " ")
	}
	fmt.Println()
	count := 0
a:
	for i := 0; i < 3; i++ {
	b:
		for j := 0; j < 3; j++ {
			for k := 0; k < 3; k++ {
				count++
				if k == 1 {
					continue b
				}
				if j == 1 {
					continue a
				}
			}
		}
	}
	fmt.Println("count", count)
	primes := []int{}
next:
	for n := 2; len(primes) < 10; n++ {
		for _, p := range primes {
			if n%p == 0 {
				continue next
			}
		}
		primes = append(primes, n)
	}
	fmt.Println(primes)
}
