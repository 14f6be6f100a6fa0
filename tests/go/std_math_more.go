package main

import (
	"fmt"
	"math"
)

var seed uint64 = 999

func next() float64 {
	seed = seed*6364136223846793005 + 1442695040888963407
	return float64(seed>>11) / (1 << 53)
}

func main() {
	var xs []float64
	for i := 0; i < 4000; i++ {
		u := next()
		xs = append(xs, u*3, (u-0.5)*60, math.Exp((next()-0.5)*1400), (u-0.5)*2200)
	}
	xs = append(xs, 0, math.Copysign(0, -1), 1, -1, math.Inf(1), math.Inf(-1), math.NaN(), 5e-324, 1e-310, 27, 64, 0.625, 44.1, 1023.5, -1074.5, 21, 22)
	fs := []func(float64) float64{math.Cbrt, math.Exp2, math.Sinh, math.Cosh, math.Tanh}
	for k, f := range fs {
		h := uint64(0)
		for _, x := range xs {
			r := math.Float64bits(f(x))
			if math.IsNaN(f(x)) {
				r = 1
			}
			h = h*31 + r
		}
		fmt.Println(k, h)
	}
	for _, x := range xs[len(xs)-17:] {
		fmt.Println(x, math.Cbrt(x), math.Exp2(x), math.Sinh(x), math.Cosh(x), math.Tanh(x))
	}
}
