// Labeled continue and break out of nested range loops over slices, arrays
// and strings, and labeled loops with three-clause for.
package main

import "fmt"

func main() {
	matrix := [][]int{{1, 2, 3}, {4, -5, 6}, {7, 8, -9}, {10, 11, 12}}
	sum := 0
rows:
	for i, row := range matrix {
		for j, v := range row {
			if v < 0 {
				fmt.Println("skip row", i, "at col", j)
				continue rows
			}
			sum += v
		}
		fmt.Println("row", i, "done")
	}
	fmt.Println("sum", sum)

	words := []string{"alpha", "beta", "gamma", "delta"}
	found := ""
search:
	for _, w := range words {
		for _, r := range w {
			if r == 'm' {
				found = w
				break search
			}
		}
	}
	fmt.Println("found", found)

	count := 0
outer:
	for a := 0; a < 5; a++ {
	middle:
		for _, b := range [4]int{0, 1, 2, 3} {
			for c := range "xyz" {
				if c == b {
					continue middle
				}
				if a+b+c > 6 {
					break outer
				}
				if a == b {
					continue outer
				}
				count++
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

	grid := [3][3]rune{{'a', 'b', 'c'}, {'d', 'X', 'f'}, {'g', 'h', 'i'}}
	pos := -1
find:
	for i := range grid {
		for j := range grid[i] {
			if grid[i][j] == 'X' {
				pos = i*3 + j
				break find
			}
		}
	}
	fmt.Println("pos", pos)

	out := ""
L:
	for i := 0; i < 3; i++ {
		switch i {
		case 1:
			continue L
		case 2:
			break L
		}
		out += fmt.Sprint(i)
	}
	fmt.Println(out)
	n := 0
loop:
	for {
		n++
		switch {
		case n%2 == 0:
			continue
		case n > 7:
			break loop
		}
	}
	fmt.Println("n", n)
}
