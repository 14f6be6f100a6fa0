// goto: loops built from goto, jumping forward over statements, jumping out
// of nested blocks, and goto inside closures.
package main

import "fmt"

func gcd(a, b int) int {
again:
	if b == 0 {
		return a
	}
	a, b = b, a%b
	goto again
}

func collatz(n int) int {
	steps := 0
top:
	if n == 1 {
		goto done
	}
	if n%2 == 0 {
		n /= 2
	} else {
		n = 3*n + 1
	}
	steps++
	goto top
done:
	return steps
}

func find(m [][]int, target int) (int, int) {
	for i := range m {
		for j := range m[i] {
			if m[i][j] == target {
				r, c := i, j
				_ = r
				_ = c
				goto found
			}
		}
	}
	return -1, -1
found:
	for i := range m {
		for j := range m[i] {
			if m[i][j] == target {
				return i, j
			}
		}
	}
	return -2, -2
}

func main() {
	fmt.Println(gcd(1071, 462), gcd(17, 5), gcd(0, 9))
	fmt.Println(collatz(27), collatz(1), collatz(97))
	fmt.Println(find([][]int{{1, 2}, {3, 4}}, 4))
	fmt.Println(find([][]int{{1, 2}, {3, 4}}, 5))

	i := 0
	s := ""
loop:
	if i < 5 {
		s += fmt.Sprint(i)
		i++
		goto loop
	}
	fmt.Println(s)

	n := 0
	goto skip
skip:
	n++
	if n < 3 {
		goto skip
	}
	fmt.Println("n", n)

	f := func(k int) int {
		acc := 0
	l:
		acc += k
		k--
		if k > 0 {
			goto l
		}
		return acc
	}
	fmt.Println(f(10))

	j := 0
	for {
		j++
		if j == 4 {
			goto out
		}
	}
out:
	fmt.Println("j", j)
}
