// Sieve of Eratosthenes, prime counting, twin primes and a factorization.
package main

import "fmt"

func sieve(limit int) []bool {
	composite := make([]bool, limit+1)
	composite[0], composite[1] = true, true
	for i := 2; i*i <= limit; i++ {
		if composite[i] {
			continue
		}
		for j := i * i; j <= limit; j += i {
			composite[j] = true
		}
	}
	return composite
}

func factorize(n int, primes []int) []int {
	var out []int
	for _, p := range primes {
		if p*p > n {
			break
		}
		for n%p == 0 {
			out = append(out, p)
			n /= p
		}
	}
	if n > 1 {
		out = append(out, n)
	}
	return out
}

func main() {
	const limit = 1000000
	composite := sieve(limit)
	var primes []int
	for i, c := range composite {
		if !c {
			primes = append(primes, i)
		}
	}
	fmt.Println("primes below", limit, ":", len(primes))
	fmt.Println("first 20:", primes[:20])
	fmt.Println("last 5:", primes[len(primes)-5:])
	twins := 0
	for i := 1; i < len(primes); i++ {
		if primes[i]-primes[i-1] == 2 {
			twins++
		}
	}
	fmt.Println("twin pairs:", twins)
	maxGap, gapAt := 0, 0
	for i := 1; i < len(primes); i++ {
		if g := primes[i] - primes[i-1]; g > maxGap {
			maxGap, gapAt = g, primes[i-1]
		}
	}
	fmt.Println("largest gap:", maxGap, "after", gapAt)
	for _, n := range []int{360, 9973, 1000001, 600851475143, 2147483647} {
		fmt.Println(n, "=", factorize(n, primes))
	}
	sum := 0
	for _, p := range primes {
		sum += p
	}
	fmt.Println("sum:", sum)
	counts := [10]int{}
	for _, p := range primes {
		counts[p%10]++
	}
	fmt.Println("last digits:", counts)
}
