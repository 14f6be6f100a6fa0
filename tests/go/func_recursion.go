// Recursion: fib, Ackermann, mutual recursion, Hanoi, gcd, permutations.
package main

import "fmt"

func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

func ack(m, n int) int {
	if m == 0 {
		return n + 1
	}
	if n == 0 {
		return ack(m-1, 1)
	}
	return ack(m-1, ack(m, n-1))
}

func isEven(n int) bool {
	if n == 0 {
		return true
	}
	return isOdd(n - 1)
}

func isOdd(n int) bool {
	if n == 0 {
		return false
	}
	return isEven(n - 1)
}

func hanoi(n int, from, to, via string, moves *int) {
	if n == 0 {
		return
	}
	hanoi(n-1, from, via, to, moves)
	*moves++
	if n == 3 {
		fmt.Println("move disk 3", from, "->", to)
	}
	hanoi(n-1, via, to, from, moves)
}

func gcd(a, b int) int {
	if b == 0 {
		return a
	}
	return gcd(b, a%b)
}

func permute(prefix []byte, rest []byte, out *[]string) {
	if len(rest) == 0 {
		*out = append(*out, string(prefix))
		return
	}
	for i := range rest {
		next := append(append([]byte{}, rest[:i]...), rest[i+1:]...)
		permute(append(prefix, rest[i]), next, out)
	}
}

func depth(n int) int {
	if n == 0 {
		return 0
	}
	return 1 + depth(n-1)
}

func main() {
	for i := 0; i <= 20; i += 5 {
		fmt.Print(fib(i), " ")
	}
	fmt.Println()
	fmt.Println(ack(0, 0), ack(1, 2), ack(2, 3), ack(3, 3))
	fmt.Println(isEven(100), isOdd(99), isEven(3))
	moves := 0
	hanoi(5, "A", "C", "B", &moves)
	fmt.Println("moves:", moves)
	fmt.Println(gcd(1071, 462), gcd(17, 5), gcd(0, 9))
	var perms []string
	permute(nil, []byte("abc"), &perms)
	fmt.Println(perms, len(perms))
	fmt.Println(depth(100000))
}
