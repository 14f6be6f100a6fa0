// Exercises math special cases: signed zero, Inf/NaN propagation, Mod/Remainder/Pow edges and rounding.
package main

import (
	"fmt"
	"math"
)

func main() {
	nz := math.Copysign(0, -1)
	inf, ninf, nan := math.Inf(1), math.Inf(-1), math.NaN()
	fmt.Println(nz, 1/nz, math.Signbit(nz), math.Signbit(0), nz == 0)
	fmt.Println(math.Mod(7, 3), math.Mod(-7, 3), math.Mod(7, -3), math.Mod(5.5, 2), math.Mod(1, 0), math.Mod(inf, 1), math.Mod(1, inf))
	fmt.Println(math.Remainder(7, 3), math.Remainder(-7, 3), math.Remainder(5, 2), math.Remainder(7, 2), math.Remainder(1, 0))
	fmt.Println(math.Pow(0, -1), math.Pow(nz, -1), math.Pow(nz, -2), math.Pow(-8, 1.0/3), math.Pow(2, 0.5), math.Pow(nan, 0), math.Pow(1, nan))
	fmt.Println(math.Pow(-1, inf), math.Pow(0.5, inf), math.Pow(2, ninf), math.Pow(-2, 3), math.Pow(2, 1024), math.Pow(2, -1075), math.Pow(10, 15))
	for _, x := range []float64{2.5, -2.5, 3.5, 0.5, -0.5, 1.4999999999999998, 4503599627370497, nz, inf, nan} {
		fmt.Println(x, math.Trunc(x), math.Round(x), math.RoundToEven(x), math.Floor(x), math.Ceil(x))
	}
	for _, x := range []float64{1, 0.75, 8, -3, 1e-310, 0, inf, nan} {
		fr, exp := math.Frexp(x)
		fmt.Println(x, fr, exp, math.Ldexp(fr, exp), math.Logb(x), math.Ilogb(x))
	}
	fmt.Println(math.Ldexp(1, 1024), math.Ldexp(1, -1074), math.Ldexp(1, -1075), math.Ldexp(0.5, -1073))
	fmt.Printf("%x %x %x %x\n", math.Float64bits(1), math.Float64bits(nz), math.Float64bits(inf), math.Float32bits(-2.5))
	fmt.Println(math.Float64frombits(0x7ff0000000000000), math.Float32frombits(0x3fc00000), math.IsNaN(math.Float64frombits(0x7ff8000000000001)))
	fmt.Println(math.MaxInt64, math.MinInt64, math.MaxInt32, math.MinInt32, uint64(math.MaxUint64), math.MaxUint32, math.MaxInt8, math.MaxUint16)
	fmt.Println(math.MaxFloat32, math.SmallestNonzeroFloat32, math.MaxFloat64, math.SmallestNonzeroFloat64)
	fmt.Println(math.Sqrt(-1), math.Sqrt(nz), math.Log(0), math.Log(-1), math.Exp(710), math.Exp(-746), math.Hypot(inf, nan))
	fmt.Println(math.Max(nz, 0), math.Min(nz, 0), math.Max(nan, inf), math.Min(ninf, nan), math.Dim(5, 3), math.Dim(3, 5), math.Abs(nz))
	i, f := math.Modf(-3.75)
	fmt.Println(i, f, math.IsInf(ninf, -1), math.IsInf(ninf, 1), math.IsInf(inf, 0), nan == nan, math.Cbrt(-27), math.Copysign(3, nz))
}
