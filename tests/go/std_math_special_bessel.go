// J0, J1, Y0, Y1, Jn and Yn over special cases (NaN, ±Inf, ±0, negative x
// for Y, negative orders) and a spread of inputs across the ranges where
// their approximations switch (2, 2.8571, 4.5454, 8, n > x, huge x),
// printed with %v and with %.17g so every bit of the result shows.
package main

import (
	"fmt"
	"math"
)

func main() {
	xs := []float64{0, math.Copysign(0, -1), 1e-300, 1e-20, 1e-10, 1e-5, 0.1, 0.5, 0.99, 1, 1.5, 2, 2.5, 2.8571, 3, 3.7, 4.5454, 5, 7.5, 8, 10, 33.3, 100, 1e10, 1e40, 1e100, 1e300, math.Inf(1), math.Inf(-1), math.NaN()}
	n := len(xs)
	for i := 0; i < n; i++ {
		if xs[i] != 0 && !math.IsNaN(xs[i]) && !math.IsInf(xs[i], 0) {
			xs = append(xs, -xs[i])
		}
	}
	for i := 1; i < 40; i++ {
		xs = append(xs, float64(i)*0.3971-7.3)
	}
	for _, x := range xs {
		j0, j1, y0, y1 := math.J0(x), math.J1(x), math.Y0(x), math.Y1(x)
		fmt.Printf("x=%v J0=%v %.17g J1=%v %.17g Y0=%v %.17g Y1=%v %.17g\n", x, j0, j0, j1, j1, y0, y0, y1, y1)
		for _, k := range []int{-5, -2, 2, 3, 7, 40, 200} {
			jn, yn := math.Jn(k, x), math.Yn(k, x)
			fmt.Printf("  n=%d Jn=%v %.17g Yn=%v %.17g\n", k, jn, jn, yn, yn)
		}
	}
}
