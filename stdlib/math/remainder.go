// Remainder: the IEEE 754 remainder x - n*y with n = x/y rounded to even.
// Go code over Mod, so its results match Go 1.19's bit for bit without a
// native: reducing modulo 2y first keeps every step exact.
package math

// Remainder returns the IEEE 754 floating-point remainder of x/y.
func Remainder(x, y float64) float64 {
	// Below twice the smallest normal, halving y would lose a bit, so the
	// comparisons are made against x+x instead.
	const tinyBound = 4.45014771701440276618e-308
	const halfMax = MaxFloat64 / 2
	switch {
	case IsNaN(x) || IsNaN(y) || IsInf(x, 0) || y == 0:
		return NaN()
	case IsInf(y, 0):
		return x
	case x == 0:
		return x
	}
	negative := x < 0
	x, y = Abs(x), Abs(y)
	if x == y {
		if negative {
			return Copysign(0, -1)
		}
		return 0
	}
	if y <= halfMax {
		x = Mod(x, y+y)
	}
	if y < tinyBound {
		if x+x > y {
			x -= y
			if x+x >= y {
				x -= y
			}
		}
	} else {
		half := 0.5 * y
		if x > half {
			x -= y
			if x >= half {
				x -= y
			}
		}
	}
	if negative {
		x = -x
	}
	return x
}
