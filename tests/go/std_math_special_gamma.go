// Gamma, Lgamma, Erfinv and Erfcinv over special cases (NaN, ±Inf, ±0,
// poles at negative integers, domain errors) and a spread of ordinary
// inputs, printed with %v and with %.17g so every bit of the result shows.
package main

import (
	"fmt"
	"math"
)

func main() {
	xs := []float64{0, math.Copysign(0, -1), 1e-300, 1e-22, 1e-10, 1e-5, 0.1, 0.25, 0.5, 0.7316, 0.9, 1, 1.2316, 1.4616, 1.5, 1.7316, 2, 2.5, 3, 3.7, 5, 7.5, 8, 10, 20, 33.5, 50, 100, 143.5, 171.5, 172, 200, 1e10, 1e17, 1e300, math.Inf(1), math.Inf(-1), math.NaN()}
	n := len(xs)
	for i := 0; i < n; i++ {
		if xs[i] != 0 && !math.IsNaN(xs[i]) && !math.IsInf(xs[i], 0) {
			xs = append(xs, -xs[i])
		}
	}
	for i := 1; i < 50; i++ {
		xs = append(xs, float64(i)*0.3171-7.3)
	}
	xs = append(xs, -1, -2, -3, -50, -1e16, -5e15-1)
	for _, x := range xs {
		g := math.Gamma(x)
		lg, sign := math.Lgamma(x)
		fmt.Printf("x=%v gamma=%v %.17g lgamma=%v %.17g sign=%d\n", x, g, g, lg, lg, sign)
	}
	ps := []float64{0, math.Copysign(0, -1), 1e-300, 1e-10, 0.1, 0.5, 0.85, 0.86, 0.9, 0.99, 0.999999, 1 - 1e-12, 1 - 1e-16, 1, 1.5, 2, 2.5, math.Inf(1), math.Inf(-1), math.NaN()}
	for _, p := range ps {
		a, b, c := math.Erfinv(p), math.Erfinv(-p), math.Erfcinv(p)
		fmt.Printf("p=%v erfinv=%v %.17g erfinv(-p)=%v erfcinv=%v %.17g\n", p, a, a, b, c, c)
	}
}
