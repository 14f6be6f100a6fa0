// A Rand over a user Source that is not a Source64 (Uint64 then combines
// two Int63 values), Seed passed through to it, and the panics of the
// n-argument methods.
package main

import (
	"fmt"
	"math/rand"
)

type counter struct {
	n     int64
	calls int
}

func (c *counter) Int63() int64 {
	c.calls++
	c.n = c.n*6364136223846793005 + 1442695040888963407
	return c.n & (1<<63 - 1)
}

func (c *counter) Seed(seed int64) { c.n = seed }

func try(name string, f func()) {
	defer func() { fmt.Println(name, "->", recover()) }()
	f()
}

func main() {
	c := &counter{}
	r := rand.New(c)
	u := r.Uint64()
	fmt.Println(u, c.calls)
	fmt.Println(r.Int(), r.Float64(), r.Intn(10), r.Int31n(100), r.Int63n(1000))
	fmt.Println(c.calls)
	fmt.Println(r.Perm(6), r.NormFloat64(), r.ExpFloat64())
	r.Seed(3)
	fmt.Println(c.n)
	fmt.Println(r.Int63(), c.calls)
	buf := make([]byte, 9)
	r.Read(buf)
	calls := c.calls
	fmt.Println(buf, calls)

	try("Intn(0)", func() { r.Intn(0) })
	try("Int63n(-1)", func() { r.Int63n(-1) })
	try("Int31n(0)", func() { r.Int31n(0) })
	try("rand.Intn(-5)", func() { rand.Intn(-5) })
	try("Zipf nil", func() {
		var z *rand.Zipf
		z.Uint64()
	})
}
