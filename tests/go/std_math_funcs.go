package main

import (
	"fmt"
	"math"
)

var seed uint64 = 12345

func next() float64 {
	seed = seed*6364136223846793005 + 1442695040888963407
	return float64(seed>>11) / (1 << 53)
}

func main() {
	var xs []float64
	for i := 0; i < 3000; i++ {
		u := next()
		xs = append(xs, u*10, (u-0.5)*400, math.Exp((next()-0.5)*80), float64(int(u*1000)), (u-0.5)*1e12)
	}
	xs = append(xs, 0, math.Copysign(0, -1), 1, -1, 0.5, math.Inf(1), math.Inf(-1), math.NaN(), 1e300, 5e-324, 2.2250738585072014e-308, math.Sqrt2/2, math.Pi, 1<<29, 1e22, 1000, 100, 10, 8)
	names := []string{"sqrt", "log", "log2", "log10", "exp", "sin", "cos", "tan", "atan", "asin", "acos", "floor", "ceil", "trunc", "round", "rte", "abs"}
	fs := []func(float64) float64{math.Sqrt, math.Log, math.Log2, math.Log10, math.Exp, math.Sin, math.Cos, math.Tan, math.Atan, math.Asin, math.Acos, math.Floor, math.Ceil, math.Trunc, math.Round, math.RoundToEven, math.Abs}
	for k, f := range fs {
		h := uint64(0)
		for i, x := range xs {
			r := math.Float64bits(f(x))
			if math.IsNaN(f(x)) {
				r = 1
			}
			h = h*31 + r
			if i >= len(xs)-19 {
				fmt.Println(names[k], x, f(x))
			}
		}
		fmt.Println(names[k], h)
	}
	names2 := []string{"pow", "atan2", "hypot", "mod", "max", "min", "dim"}
	fs2 := []func(float64, float64) float64{math.Pow, math.Atan2, math.Hypot, math.Mod, math.Max, math.Min, math.Dim}
	for k, f := range fs2 {
		h := uint64(0)
		for i := 0; i+1 < len(xs); i++ {
			x, y := xs[i], xs[i+1]
			if k == 0 {
				y = y / 50
			}
			r := math.Float64bits(f(x, y))
			if math.IsNaN(f(x, y)) {
				r = 1
			}
			h = h*31 + r
		}
		fmt.Println(names2[k], h)
	}
	sp := []float64{0, math.Copysign(0, -1), 1, -1, 2, -2, 0.5, -0.5, 3, -3, math.Inf(1), math.Inf(-1), math.NaN()}
	for _, x := range sp {
		for _, y := range sp {
			fmt.Println(x, y, math.Pow(x, y), math.Atan2(x, y), math.Hypot(x, y), math.Mod(x, y), math.Max(x, y), math.Min(x, y))
		}
	}
	for _, x := range sp {
		fr, e := math.Frexp(x)
		ip, fp := math.Modf(x)
		fmt.Println(x, fr, e, ip, fp, math.Ldexp(x, 5), math.Ldexp(x, -1074), math.Signbit(x), math.IsInf(x, 0), math.IsNaN(x))
	}
	fmt.Println(math.MaxInt64, math.MinInt64, math.MaxUint32, math.MaxFloat64, math.SmallestNonzeroFloat64, math.MaxFloat32, math.Pi, math.E, uint64(math.MaxUint64))
	fmt.Println(math.Float32bits(1.5), math.Float32frombits(0x3fc00000), math.Float64frombits(0x3ff8000000000000), math.Inf(1), -math.Inf(1), math.NaN())
	fmt.Println(math.Sqrt(2), math.Pow(2, 10), math.Pow(10, -2), math.Log10(1000), math.Log2(8), math.Exp(1), math.Sin(math.Pi), math.Cos(math.Pi/3), math.Tan(1e300), math.Sin(1e22), math.Hypot(3, 4), math.Floor(-1.5), math.Ceil(-1.5), math.Trunc(-1.5), math.Round(-2.5), math.RoundToEven(2.5))
}
