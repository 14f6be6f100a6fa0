// Perm, Shuffle and Read on seeded generators: permutations of several
// sizes, shuffles of slices (including empty and one-element), and Read's
// carrying of unused bytes between calls, which Seed resets.
package main

import (
	"fmt"
	"math/rand"
)

func main() {
	r := rand.New(rand.NewSource(2023))
	for _, n := range []int{0, 1, 2, 5, 10, 20} {
		fmt.Println(n, r.Perm(n))
	}
	for _, n := range []int{0, 1, 2, 9, 26} {
		letters := make([]byte, n)
		for i := range letters {
			letters[i] = byte('a' + i)
		}
		r.Shuffle(n, func(i, j int) { letters[i], letters[j] = letters[j], letters[i] })
		fmt.Printf("%d %q\n", n, letters)
	}
	swaps := 0
	r.Shuffle(100, func(i, j int) { swaps++ })
	fmt.Println("swaps:", swaps)

	buf := make([]byte, 10)
	n, err := r.Read(buf)
	fmt.Println(n, err, buf)
	n, err = r.Read(buf[:3])
	fmt.Println(n, err, buf[:3])
	n, err = r.Read(buf[:4])
	fmt.Println(n, err, buf[:4])
	r.Seed(2023)
	n, err = r.Read(buf[:7])
	fmt.Println(n, err, buf[:7])
	n, err = rand.Read(buf)
	fmt.Println(n, err, buf)

	defer func() { fmt.Println("recovered:", recover()) }()
	r.Shuffle(-1, func(i, j int) {})
}
