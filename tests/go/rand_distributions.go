// Float64, Float32, NormFloat64 and ExpFloat64 (the ziggurat samplers,
// including their tail and wedge paths) and Zipf, printed exactly, plus
// summary statistics of longer runs.
package main

import (
	"fmt"
	"math/rand"
)

func main() {
	r := rand.New(rand.NewSource(7))
	for i := 0; i < 5; i++ {
		fmt.Println(r.Float64(), r.Float32(), r.NormFloat64(), r.ExpFloat64())
	}
	var sum, sumSq, expSum, maxNorm, maxExp float64
	const n = 20000
	for i := 0; i < n; i++ {
		x := r.NormFloat64()
		sum += x
		sumSq += x * x
		if x > maxNorm {
			maxNorm = x
		}
		e := r.ExpFloat64()
		expSum += e
		if e > maxExp {
			maxExp = e
		}
	}
	fmt.Println(sum, sumSq, expSum, maxNorm, maxExp)
	fmt.Printf("%.3f %.3f %.3f\n", sum/n, sumSq/n, expSum/n)

	counts := make([]int, 11)
	z := rand.NewZipf(r, 1.3, 1.5, 10)
	for i := 0; i < 5000; i++ {
		counts[z.Uint64()]++
	}
	fmt.Println(counts)
	fmt.Println(rand.NewZipf(r, 1, 1, 10) == nil, rand.NewZipf(r, 2, 0.5, 10) == nil)
	fmt.Println(rand.NormFloat64(), rand.ExpFloat64())
}
