// Pow10: 10**n as Go 1.19 computes it, a product (or quotient) of two table
// entries rather than the correctly rounded literal, so the last bit of
// large exponents matches Go's.
package math

// powersOfTen holds 1e0 ... 1e31, each exact or correctly rounded.
var powersOfTen = [32]float64{
	1e00, 1e01, 1e02, 1e03, 1e04, 1e05, 1e06, 1e07, 1e08, 1e09,
	1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19,
	1e20, 1e21, 1e22, 1e23, 1e24, 1e25, 1e26, 1e27, 1e28, 1e29,
	1e30, 1e31,
}

// powersOfTenBy32 holds 1e0, 1e32, ..., 1e288.
var powersOfTenBy32 = [10]float64{1e00, 1e32, 1e64, 1e96, 1e128, 1e160, 1e192, 1e224, 1e256, 1e288}

// negativePowersOfTenBy32 holds 1e-0, 1e-32, ..., 1e-320.
var negativePowersOfTenBy32 = [11]float64{1e-00, 1e-32, 1e-64, 1e-96, 1e-128, 1e-160, 1e-192, 1e-224, 1e-256, 1e-288, 1e-320}

// Pow10 returns 10**n: 0 below -323 and +Inf above 308.
func Pow10(n int) float64 {
	switch {
	case 0 <= n && n <= 308:
		return powersOfTenBy32[n/32] * powersOfTen[n%32]
	case -323 <= n && n < 0:
		return negativePowersOfTenBy32[-n/32] / powersOfTen[-n%32]
	case n > 308:
		return Inf(1)
	}
	return 0
}
