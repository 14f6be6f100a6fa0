// Asinh, Acosh and Atanh, written over Log, Log1p and Sqrt as FreeBSD msun
// (and Go 1.19) do, with the same range splits so results match Go's bit
// for bit: each range picks the form of the logarithm identity that does
// not cancel there.
package math

// Asinh returns the inverse hyperbolic sine of x.
func Asinh(x float64) float64 {
	const (
		ln2   = 6.93147180559945286227e-01
		tiny  = 1.0 / (1 << 28) // asinh(x) rounds to x below this
		large = 1 << 28         // sqrt(x*x+1) rounds to x above this
	)
	if IsNaN(x) || IsInf(x, 0) {
		return x
	}
	negative := x < 0
	if negative {
		x = -x
	}
	var result float64
	switch {
	case x > large:
		result = Log(x) + ln2
	case x > 2:
		result = Log(2*x + 1/(Sqrt(x*x+1)+x))
	case x < tiny:
		result = x
	default:
		result = Log1p(x + x*x/(1+Sqrt(1+x*x)))
	}
	if negative {
		return -result
	}
	return result
}

// Acosh returns the inverse hyperbolic cosine of x.
func Acosh(x float64) float64 {
	const large = 1 << 28
	switch {
	case x < 1 || IsNaN(x):
		return NaN()
	case x == 1:
		return 0
	case x >= large:
		return Log(x) + Ln2
	case x > 2:
		return Log(2*x - 1/(x+Sqrt(x*x-1)))
	}
	t := x - 1
	return Log1p(t + Sqrt(2*t+t*t))
}

// Atanh returns the inverse hyperbolic tangent of x.
func Atanh(x float64) float64 {
	const tiny = 1.0 / (1 << 28)
	switch {
	case x < -1 || x > 1 || IsNaN(x):
		return NaN()
	case x == 1:
		return Inf(1)
	case x == -1:
		return Inf(-1)
	}
	negative := x < 0
	if negative {
		x = -x
	}
	var result float64
	switch {
	case x < tiny:
		result = x
	case x < 0.5:
		twice := x + x
		result = 0.5 * Log1p(twice+twice*x/(1-x))
	default:
		result = 0.5 * Log1p((x+x)/(1-x))
	}
	if negative {
		return -result
	}
	return result
}
