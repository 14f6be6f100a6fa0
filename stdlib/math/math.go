// Package math provides basic constants and mathematical functions, with
// Go 1.19's results on amd64 bit for bit.
//
// The transcendental functions are intrinsics bound by name ("math.Sin",
// ...) to stdlib/math_natives.cpp, which runs Go's own algorithms (the C
// library's differ in the last bit); the bit-level and special-case logic
// is Go here.
package math

// Mathematical constants.
const (
	E   = 2.71828182845904523536028747135266249775724709369995957496696763
	Pi  = 3.14159265358979323846264338327950288419716939937510582097494459
	Phi = 1.61803398874989484820458683436563811772030917980576286213544862

	Sqrt2   = 1.41421356237309504880168872420969807856967187537694807317667974
	SqrtE   = 1.64872127070012814684865078831548402189206926211690012523009023
	SqrtPi  = 1.77245385090551602729816748334114518279754945612238712821380779
	SqrtPhi = 1.27201964951406896425242246173749149171560804184009624861664038

	Ln2    = 0.693147180559945309417232121458176568075500134360255254120680009
	Log2E  = 1 / Ln2
	Ln10   = 2.30258509299404568401799145468436420760110148862877297603332790
	Log10E = 1 / Ln10
)

// Floating-point limit values. Max is the largest finite value representable
// by the type. SmallestNonzero is the smallest positive, non-zero value
// representable by the type.
const (
	MaxFloat32             = 0x1p127 * (1 + (1 - 0x1p-23))
	SmallestNonzeroFloat32 = 0x1p-126 * 0x1p-23

	MaxFloat64             = 0x1p1023 * (1 + (1 - 0x1p-52))
	SmallestNonzeroFloat64 = 0x1p-1022 * 0x1p-52
)

// Integer limit values.
const (
	intSize = 64

	MaxInt    = 1<<(intSize-1) - 1
	MinInt    = -1 << (intSize - 1)
	MaxInt8   = 1<<7 - 1
	MinInt8   = -1 << 7
	MaxInt16  = 1<<15 - 1
	MinInt16  = -1 << 15
	MaxInt32  = 1<<31 - 1
	MinInt32  = -1 << 31
	MaxInt64  = 1<<63 - 1
	MinInt64  = -1 << 63
	MaxUint   = 1<<intSize - 1
	MaxUint8  = 1<<8 - 1
	MaxUint16 = 1<<16 - 1
	MaxUint32 = 1<<32 - 1
	MaxUint64 = 1<<64 - 1
)

const (
	uvnan    = 0x7FF8000000000001
	uvinf    = 0x7FF0000000000000
	uvneginf = 0xFFF0000000000000
	signMask = 1 << 63
)

// Float64bits returns the IEEE 754 binary representation of f.
func Float64bits(f float64) uint64

// Float64frombits returns the floating-point number corresponding to the
// IEEE 754 binary representation b.
func Float64frombits(b uint64) float64

// Float32bits returns the IEEE 754 binary representation of f.
func Float32bits(f float32) uint32

// Float32frombits returns the floating-point number corresponding to the
// IEEE 754 binary representation b.
func Float32frombits(b uint32) float32

// Inf returns positive infinity if sign >= 0, negative infinity if sign < 0.
func Inf(sign int) float64 {
	if sign >= 0 {
		return Float64frombits(uvinf)
	}
	return Float64frombits(uvneginf)
}

// NaN returns an IEEE 754 “not-a-number” value.
func NaN() float64 { return Float64frombits(uvnan) }

// IsNaN reports whether f is an IEEE 754 “not-a-number” value.
func IsNaN(f float64) (is bool) {
	return f != f
}

// IsInf reports whether f is an infinity, according to sign. If sign > 0,
// IsInf reports whether f is positive infinity. If sign < 0, IsInf reports
// whether f is negative infinity. If sign == 0, IsInf reports whether f is
// either infinity.
func IsInf(f float64, sign int) bool {
	return sign >= 0 && f > MaxFloat64 || sign <= 0 && f < -MaxFloat64
}

// Signbit reports whether x is negative or negative zero.
func Signbit(x float64) bool {
	return Float64bits(x)&signMask != 0
}

// Copysign returns a value with the magnitude of f and the sign of sign.
func Copysign(f, sign float64) float64 {
	return Float64frombits(Float64bits(f)&^signMask | Float64bits(sign)&signMask)
}

// Abs returns the absolute value of x. Abs(±Inf) = +Inf; Abs(NaN) = NaN.
func Abs(x float64) float64 {
	return Float64frombits(Float64bits(x) &^ signMask)
}

// Max returns the larger of x or y. Max(x, +Inf) = Max(+Inf, x) = +Inf;
// Max(x, NaN) = Max(NaN, x) = NaN; Max(+0, ±0) = Max(±0, +0) = +0;
// Max(-0, -0) = -0.
func Max(x, y float64) float64 {
	switch {
	case IsInf(x, 1) || IsInf(y, 1):
		return Inf(1)
	case IsNaN(x) || IsNaN(y):
		return NaN()
	case x == 0 && x == y:
		if Signbit(x) {
			return y
		}
		return x
	}
	if x > y {
		return x
	}
	return y
}

// Min returns the smaller of x or y. Min(x, -Inf) = Min(-Inf, x) = -Inf;
// Min(x, NaN) = Min(NaN, x) = NaN; Min(-0, ±0) = Min(±0, -0) = -0.
func Min(x, y float64) float64 {
	switch {
	case IsInf(x, -1) || IsInf(y, -1):
		return Inf(-1)
	case IsNaN(x) || IsNaN(y):
		return NaN()
	case x == 0 && x == y:
		if Signbit(x) {
			return x
		}
		return y
	}
	if x < y {
		return x
	}
	return y
}

// Dim returns the maximum of x-y or 0.
func Dim(x, y float64) float64 {
	v := x - y
	if v <= 0 {
		return 0
	}
	return v
}

// Sqrt returns the square root of x.
func Sqrt(x float64) float64

// Floor returns the greatest integer value less than or equal to x.
func Floor(x float64) float64

// Ceil returns the least integer value greater than or equal to x.
func Ceil(x float64) float64

// Trunc returns the integer value of x.
func Trunc(x float64) float64

// Round returns the nearest integer, rounding half away from zero.
func Round(x float64) float64

// RoundToEven returns the nearest integer, rounding ties to even.
func RoundToEven(x float64) float64

// Mod returns the floating-point remainder of x/y. The magnitude of the
// result is less than y and its sign agrees with that of x.
func Mod(x, y float64) float64

// Modf returns integer and fractional floating-point numbers that sum to f.
// Both values have the same sign as f.
func Modf(f float64) (int float64, frac float64)

// Frexp breaks f into a normalized fraction and an integral power of two.
// It returns frac and exp satisfying f == frac × 2**exp, with the absolute
// value of frac in the interval [½, 1).
func Frexp(f float64) (frac float64, exp int)

// Ldexp is the inverse of Frexp. It returns frac × 2**exp.
func Ldexp(frac float64, exp int) float64

// Pow returns x**y, the base-x exponential of y.
func Pow(x, y float64) float64

// Exp returns e**x, the base-e exponential of x.
func Exp(x float64) float64

// Log returns the natural logarithm of x.
func Log(x float64) float64

// Log2 returns the binary logarithm of x.
func Log2(x float64) float64

// Log10 returns the decimal logarithm of x.
func Log10(x float64) float64

// Sin returns the sine of the radian argument x.
func Sin(x float64) float64

// Cos returns the cosine of the radian argument x.
func Cos(x float64) float64

// Tan returns the tangent of the radian argument x.
func Tan(x float64) float64

// Asin returns the arcsine, in radians, of x.
func Asin(x float64) float64

// Acos returns the arccosine, in radians, of x.
func Acos(x float64) float64

// Atan returns the arctangent, in radians, of x.
func Atan(x float64) float64

// Atan2 returns the arc tangent of y/x, using the signs of the two to
// determine the quadrant of the return value.
func Atan2(y, x float64) float64

// Hypot returns Sqrt(p*p + q*q), taking care to avoid unnecessary overflow
// and underflow.
func Hypot(p, q float64) float64

// Cbrt returns the cube root of x.
func Cbrt(x float64) float64

// Exp2 returns 2**x, the base-2 exponential of x.
func Exp2(x float64) float64

// Sinh returns the hyperbolic sine of x.
func Sinh(x float64) float64

// Cosh returns the hyperbolic cosine of x.
func Cosh(x float64) float64

// Tanh returns the hyperbolic tangent of x.
func Tanh(x float64) float64
