// FMA: fused multiply-add, an intrinsic (stdlib/math_natives.cpp) because
// the single rounding is what IEEE 754 specifies and the C library already
// provides it exactly.
package math

// FMA returns x * y + z, computed with only one rounding.
func FMA(x, y, z float64) float64
