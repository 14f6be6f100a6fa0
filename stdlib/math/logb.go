// Logb and Ilogb: the binary exponent of a float64, read off Frexp's result
// (Frexp's fraction is in [½, 1), the IEEE exponent is one less).
package math

// Logb returns the binary exponent of x as a float64.
func Logb(x float64) float64 {
	switch {
	case x == 0:
		return Inf(-1)
	case IsInf(x, 0):
		return Inf(1)
	case IsNaN(x):
		return x
	}
	return float64(Ilogb(x))
}

// Ilogb returns the binary exponent of x as an int: MinInt32 for 0 and
// MaxInt32 for ±Inf and NaN.
func Ilogb(x float64) int {
	switch {
	case x == 0:
		return MinInt32
	case IsNaN(x) || IsInf(x, 0):
		return MaxInt32
	}
	_, exp := Frexp(x)
	return exp - 1
}
