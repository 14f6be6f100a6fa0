// The top-level functions of math/rand without a call to Seed: Go 1.19
// seeds the shared generator with 1, so every run prints these numbers.
package main

import (
	"fmt"
	"math/rand"
)

func main() {
	fmt.Println(rand.Int(), rand.Int63(), rand.Int31(), rand.Uint32(), rand.Uint64())
	fmt.Println(rand.Intn(100), rand.Int63n(1e15), rand.Int31n(1000), rand.Intn(1<<40))
	fmt.Println(rand.Float64(), rand.Float32())
	fmt.Println(rand.Perm(12))
	s := []string{"a", "b", "c", "d", "e", "f", "g"}
	rand.Shuffle(len(s), func(i, j int) { s[i], s[j] = s[j], s[i] })
	fmt.Println(s)
	for i := 0; i < 5; i++ {
		fmt.Print(rand.Intn(6)+1, " ")
	}
	fmt.Println()
	rand.Seed(1)
	fmt.Println(rand.Int(), rand.Int63())
	rand.Seed(42)
	fmt.Println(rand.Intn(1000), rand.Intn(1000), rand.Intn(1000))
}
