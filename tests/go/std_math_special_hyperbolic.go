// Expm1, Log1p, Asinh, Acosh, Atanh and FMA over special cases (NaN, ±Inf,
// ±0, domain errors) and a spread of ordinary inputs, printed with %v and
// with %.17g so every bit of the result shows.
package main

import (
	"fmt"
	"math"
)

func inputs() []float64 {
	xs := []float64{0, math.Copysign(0, -1), 1e-300, 1e-20, 1e-10, 1e-5, 0.001, 0.1, 0.25, 0.3, 0.5, 0.7, 0.9, 0.99, 1, 1.5, 2, 2.5, 3, 3.7, 5, 7.5, 10, 20, 33.3, 50, 100, 200, 700, 710, 1e10, 1e300, math.Inf(1), math.Inf(-1), math.NaN()}
	n := len(xs)
	for i := 0; i < n; i++ {
		if xs[i] != 0 && !math.IsNaN(xs[i]) && !math.IsInf(xs[i], 0) {
			xs = append(xs, -xs[i])
		}
	}
	for i := 1; i < 60; i++ {
		xs = append(xs, float64(i)*0.247-7.3)
	}
	return xs
}

func main() {
	funcs := []struct {
		name string
		f    func(float64) float64
	}{
		{"Expm1", math.Expm1}, {"Log1p", math.Log1p}, {"Asinh", math.Asinh},
		{"Acosh", math.Acosh}, {"Atanh", math.Atanh},
		{"FMA", func(x float64) float64 { return math.FMA(x, 1.1, 0.3) }},
	}
	for _, fn := range funcs {
		for _, x := range inputs() {
			y := fn.f(x)
			fmt.Printf("%s(%v) = %v %.17g\n", fn.name, x, y, y)
		}
	}
	fmt.Println(math.FMA(0.1, 10, -1), 0.1*10-1)
	fmt.Println(math.FMA(math.Inf(1), 0, 1), math.FMA(math.Inf(1), 1, math.Inf(-1)))
}
