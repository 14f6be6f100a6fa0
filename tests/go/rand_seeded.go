// Seeded generators from New(NewSource(seed)) print Go's sequences: seeds
// equal modulo 2^31-1 agree, 0 maps to the same state as 89482311, and
// each method draws from the source as Go's does.
package main

import (
	"fmt"
	"math/rand"
)

func main() {
	for _, seed := range []int64{0, 1, 2, 42, -7, 1 << 40, 2147483647, 2147483648, 89482311, -1 << 63} {
		r := rand.New(rand.NewSource(seed))
		fmt.Println(seed, r.Int63(), r.Int63(), r.Uint32(), r.Uint64(), r.Int31(), r.Int())
		fmt.Println("  ", r.Intn(10), r.Intn(1000), r.Intn(1<<31-1), r.Intn(1<<40), r.Int63n(3), r.Int63n(1<<62), r.Int63n(1e18), r.Int31n(7), r.Int31n(1<<30))
	}
	src := rand.NewSource(99)
	a, b := src.Int63(), src.Int63()
	src.Seed(99)
	fmt.Println(a == src.Int63(), b == src.Int63())
	s64 := src.(rand.Source64)
	fmt.Println(s64.Uint64())
	r := rand.New(src)
	r.Seed(5)
	x := r.Int()
	r.Seed(5)
	fmt.Println(x == r.Int(), x)
}
