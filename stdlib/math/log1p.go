// Log1p: the natural logarithm of 1+x, accurate near zero where Log(1+x)
// loses x's low bits. Pure Go following FreeBSD msun's s_log1p.c (as Go 1.19
// does), so results match Go's bit for bit: write 1+x = 2**k * (1+f) with
// sqrt(2)/2 < 1+f < sqrt(2), keep the rounding error of 1+x as a correction,
// and evaluate log(1+f) with the s = f/(2+f) series.
package math

// Log1p returns the natural logarithm of 1 plus its argument x.
func Log1p(x float64) float64 {
	const (
		sqrt2Minus1     = 4.142135623730950488017e-01
		halfSqrt2Minus1 = -2.928932188134524755992e-01
		small           = 1.0 / (1 << 29)
		negligible      = 1.0 / (1 << 54)
		two53           = 1 << 53
		ln2Hi           = 6.93147180369123816490e-01
		ln2Lo           = 1.90821492927058770002e-10
		lp1             = 6.666666666666735130e-01
		lp2             = 3.999999999940941908e-01
		lp3             = 2.857142874366239149e-01
		lp4             = 2.222219843214978396e-01
		lp5             = 1.818357216161805012e-01
		lp6             = 1.531383769920937332e-01
		lp7             = 1.479819860511658591e-01
	)
	switch {
	case x < -1 || IsNaN(x):
		return NaN()
	case x == -1:
		return Inf(-1)
	case IsInf(x, 1):
		return Inf(1)
	}
	magnitude := Abs(x)
	var f float64
	var mantissa uint64 // 0 flags that f is tiny, so a shorter series suffices
	k := 1
	if magnitude < sqrt2Minus1 {
		if magnitude < small {
			if magnitude < negligible {
				return x
			}
			return x - x*x*0.5
		}
		if x > halfSqrt2Minus1 {
			k = 0
			f = x
			mantissa = 1
		}
	}
	var correction float64
	if k != 0 {
		var u float64
		if magnitude < two53 {
			u = 1.0 + x
			mantissa = Float64bits(u)
			k = int((mantissa >> 52) - 1023)
			if k > 0 {
				correction = 1.0 - (u - x)
			} else {
				correction = x - (u - 1.0)
			}
			correction /= u
		} else {
			u = x
			mantissa = Float64bits(u)
			k = int((mantissa >> 52) - 1023)
		}
		mantissa &= 0x000fffffffffffff
		if mantissa < 0x0006a09e667f3bcd { // below sqrt(2)'s mantissa
			u = Float64frombits(mantissa | 0x3ff0000000000000)
		} else {
			k++
			u = Float64frombits(mantissa | 0x3fe0000000000000)
			mantissa = (0x0010000000000000 - mantissa) >> 2
		}
		f = u - 1.0
	}
	halfFSquared := 0.5 * f * f
	kf := float64(k)
	if mantissa == 0 {
		if f == 0 {
			if k == 0 {
				return 0
			}
			correction += kf * ln2Lo
			return kf*ln2Hi + correction
		}
		r := halfFSquared * (1.0 - 0.66666666666666666*f)
		if k == 0 {
			return f - r
		}
		return kf*ln2Hi - ((r - (kf*ln2Lo + correction)) - f)
	}
	s := f / (2.0 + f)
	z := s * s
	r := z * (lp1 + z*(lp2+z*(lp3+z*(lp4+z*(lp5+z*(lp6+z*lp7))))))
	if k == 0 {
		return f - (halfFSquared - s*(halfFSquared+r))
	}
	return kf*ln2Hi - ((halfFSquared - (s*(halfFSquared+r) + (kf*ln2Lo + correction))) - f)
}
