// Exercises math.Nextafter(32), Pow10, Sincos and transcendental special values.
package main

import (
	"fmt"
	"math"
)

func main() {
	nz := math.Copysign(0, -1)
	inf, nan := math.Inf(1), math.NaN()
	for _, c := range [][2]float64{{1, 2}, {1, 0}, {0, 1}, {0, -1}, {nz, 1}, {-1, -2}, {math.MaxFloat64, inf}, {inf, 0},
		{math.SmallestNonzeroFloat64, 0}, {1, 1}, {nan, 1}, {1, nan}} {
		fmt.Println(c, math.Nextafter(c[0], c[1]), math.Nextafter32(float32(c[0]), float32(c[1])))
	}
	fmt.Println(math.Nextafter(1, 2)-1 == 0x1p-52, math.Nextafter32(1, 2)-1 == 0x1p-23)
	for _, n := range []int{-400, -324, -323, -322, -100, -33, -32, -1, 0, 1, 15, 22, 23, 31, 32, 100, 200, 300, 308, 309} {
		fmt.Print(n, "=", math.Pow10(n), " ")
	}
	fmt.Println()
	for _, x := range []float64{0, nz, 1, -math.Pi / 2, math.Pi, 1e10, inf, nan} {
		s, c := math.Sincos(x)
		fmt.Println(x, s, c, math.Tan(x), math.Atan(x), math.Sinh(x), math.Tanh(x))
	}
	fmt.Println(math.Asin(2), math.Acos(-1), math.Atan2(0, -1), math.Atan2(nz, -1), math.Atan2(inf, inf), math.Atan2(1, 0))
	fmt.Println(math.Log2(8), math.Log2(0.1), math.Log10(1e-5), math.Log10(0), math.Exp2(-1074), math.Exp2(1024), math.Cosh(inf), math.Exp(nan))
}
