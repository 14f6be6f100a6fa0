// Erf and Erfc over special cases (NaN, ±Inf, ±0) and a spread of inputs
// across the ranges their approximations switch at (0.84375, 1.25, 1/0.35,
// 6, 28), printed with %v and with %.17g so every bit of the result shows.
package main

import (
	"fmt"
	"math"
)

func main() {
	xs := []float64{0, math.Copysign(0, -1), 1e-310, 1e-300, 1e-20, 1e-10, 0.1, 0.2, 0.25, 0.5, 0.84375, 0.9, 1, 1.2, 1.25, 2, 2.857, 2.858, 4, 5.9, 6, 6.1, 10, 27.9, 28, 30, math.Inf(1), math.Inf(-1), math.NaN()}
	n := len(xs)
	for i := 0; i < n; i++ {
		if xs[i] != 0 && !math.IsNaN(xs[i]) && !math.IsInf(xs[i], 0) {
			xs = append(xs, -xs[i])
		}
	}
	for i := 1; i < 80; i++ {
		xs = append(xs, float64(i)*0.1371-5.3)
	}
	for _, x := range xs {
		e, c := math.Erf(x), math.Erfc(x)
		fmt.Printf("x=%v erf=%v %.17g erfc=%v %.17g\n", x, e, e, c, c)
	}
}
