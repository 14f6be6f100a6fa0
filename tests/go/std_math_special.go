package main

import (
	"fmt"
	"math"
)

func main() {
	sp := []float64{0, math.Copysign(0, -1), 1, -1, 2, -2, 0.5, -0.5, 3, -3, math.Inf(1), math.Inf(-1), math.NaN()}
	for _, x := range sp {
		for _, y := range sp {
			fmt.Println(x, y, math.Pow(x, y), math.Atan2(x, y), math.Hypot(x, y), math.Mod(x, y), math.Max(x, y), math.Min(x, y), math.Dim(x, y), math.Copysign(x, y))
		}
	}
	for _, x := range sp {
		fr, e := math.Frexp(x)
		ip, fp := math.Modf(x)
		fmt.Println(x, fr, e, ip, fp, math.Ldexp(x, 5), math.Ldexp(x, -1074), math.Ldexp(x, 2000), math.Signbit(x), math.IsInf(x, 0), math.IsInf(x, 1), math.IsInf(x, -1), math.IsNaN(x), math.Abs(x))
		fmt.Println(math.Sqrt(x), math.Log(x), math.Log2(x), math.Log10(x), math.Exp(x), math.Sin(x), math.Cos(x), math.Tan(x), math.Asin(x), math.Acos(x), math.Atan(x), math.Floor(x), math.Ceil(x), math.Trunc(x), math.Round(x), math.RoundToEven(x))
	}
	fmt.Println(math.MaxInt, math.MinInt, math.MaxInt8, math.MinInt8, math.MaxInt16, math.MinInt16, math.MaxInt32, math.MinInt32, math.MaxInt64, math.MinInt64)
	fmt.Println(math.MaxUint8, math.MaxUint16, math.MaxUint32, uint64(math.MaxUint64), uint(math.MaxUint))
	fmt.Println(math.MaxFloat64, math.SmallestNonzeroFloat64, math.MaxFloat32, math.SmallestNonzeroFloat32)
	fmt.Println(math.Pi, math.E, math.Sqrt2, math.Ln2, math.Log2E, math.Ln10, math.Log10E, math.Phi, math.SqrtPi, math.SqrtE, math.SqrtPhi)
	fmt.Println(math.Float32bits(1.5), math.Float32frombits(0x3fc00000), math.Float64bits(-2), math.Float64frombits(0x3ff8000000000000), math.Inf(1), math.Inf(-1), math.Inf(0), math.NaN())
	fmt.Println(math.Sqrt(2), math.Pow(2, 10), math.Pow(10, -2), math.Pow(2, 0.5), math.Pow(-8, 1.0/3), math.Pow(1.0000001, 1e9), math.Pow(2, -1074), math.Pow(2, 1024), math.Pow(-2, 3), math.Pow(-2, -3))
	fmt.Println(math.Log10(1000), math.Log10(0.001), math.Log2(8), math.Log2(10), math.Log(math.E), math.Log(5e-324), math.Exp(1), math.Exp(-745.2), math.Exp(709.8), math.Exp(-1e-10), math.Exp(700))
	fmt.Println(math.Sin(math.Pi), math.Cos(math.Pi/3), math.Tan(math.Pi/4), math.Tan(1e300), math.Sin(1e22), math.Cos(1<<30), math.Sin(-1e15), math.Atan(1e300), math.Asin(0.5), math.Acos(-0.3), math.Atan2(1, -1))
	fmt.Println(math.Hypot(3, 4), math.Hypot(1e300, 1e300), math.Floor(-1.5), math.Ceil(-1.5), math.Trunc(-1.5), math.Round(-2.5), math.Round(0.49999999999999994), math.RoundToEven(2.5), math.RoundToEven(-3.5), math.Mod(7, -3), math.Mod(-7, 3), math.Mod(5.5, 1.5))
	for i := -5; i <= 5; i++ {
		x := float64(i) * 0.7
		fmt.Printf("%.17g %.17g %.17g %.17g\n", math.Sin(x), math.Cos(x), math.Exp(x), math.Atan(x))
	}
}
