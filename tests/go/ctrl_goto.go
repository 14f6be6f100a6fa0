// goto forward and backward.
package main

import "fmt"

func collatz(n int) int {
	steps := 0
again:
	if n == 1 {
		return steps
	}
	steps++
	if n%2 == 0 {
		n /= 2
		goto again
	}
	n = 3*n + 1
	goto again
}

func main() {
	i := 0
loop:
	fmt.Print(i, " ")
	i++
	if i < 5 {
		goto loop
	}
	fmt.Println()
	if i == 5 {
		goto skip
	}
	fmt.Println("skipped")
skip:
	fmt.Println("after skip")
	fmt.Println(collatz(27), collatz(97), collatz(1))
	n := 0
	for {
		n++
		if n == 3 {
			goto done
		}
	}
done:
	fmt.Println("done at", n)
}
