// Expm1: e**x - 1, accurate near zero where Exp(x)-1 cancels. Pure Go
// following FreeBSD msun's s_expm1.c (the algorithm Go 1.19 uses on amd64),
// so results match Go's bit for bit: reduce x = k*ln2 + r with r kept as a
// hi/lo pair, approximate expm1(r) with a rational form in r*r, then undo
// the reduction by adding k to the exponent.
package math

// Expm1 returns e**x - 1, the base-e exponential of x minus 1.
func Expm1(x float64) float64 {
	const (
		overflowAbove = 7.09782712893383973096e+02
		ln2Times56    = 3.88162421113569373274e+01
		ln2Times1p5   = 1.03972077083991796413e+00
		halfLn2       = 3.46573590279972654709e-01
		ln2Hi         = 6.93147180369123816490e-01
		ln2Lo         = 1.90821492927058770002e-10
		invLn2        = 1.44269504088896338700e+00
		negligible    = 1.0 / (1 << 54)
		q1            = -3.33333333333331316428e-02
		q2            = 1.58730158725481460165e-03
		q3            = -7.93650757867487942473e-05
		q4            = 4.00821782732936239552e-06
		q5            = -2.01099218183624371326e-07
	)
	if IsInf(x, 1) || IsNaN(x) {
		return x
	}
	if IsInf(x, -1) {
		return -1
	}
	negative := x < 0
	magnitude := Abs(x)
	if magnitude >= ln2Times56 {
		if negative {
			return -1 // e**x is below half an ulp of 1
		}
		if magnitude >= overflowAbove {
			return Inf(1)
		}
	}

	// Reduce to |x| <= ln2/2; correction holds the bits lost in hi-lo.
	var correction float64
	k := 0
	if magnitude > halfLn2 {
		var hi, lo float64
		if magnitude < ln2Times1p5 {
			k = 1
			hi, lo = x-ln2Hi, ln2Lo
			if negative {
				k = -1
				hi, lo = x+ln2Hi, -ln2Lo
			}
		} else {
			if negative {
				k = int(invLn2*x - 0.5)
			} else {
				k = int(invLn2*x + 0.5)
			}
			kf := float64(k)
			hi = x - kf*ln2Hi // exact: ln2Hi has trailing zero bits
			lo = kf * ln2Lo
		}
		x = hi - lo
		correction = (hi - x) - lo
	} else if magnitude < negligible {
		return x
	}

	halfX := 0.5 * x
	halfXSquared := x * halfX
	r1 := 1 + halfXSquared*(q1+halfXSquared*(q2+halfXSquared*(q3+halfXSquared*(q4+halfXSquared*q5))))
	t := 3 - r1*halfX
	err := halfXSquared * ((r1 - t) / (6.0 - x*t))
	if k == 0 {
		return x - (x*err - halfXSquared)
	}
	err = x*(err-correction) - correction
	err -= halfXSquared
	switch {
	case k == -1:
		return 0.5*(x-err) - 0.5
	case k == 1:
		if x < -0.25 {
			return -2 * (err - (x + 0.5))
		}
		return 1 + 2*(x-err)
	case k <= -2 || k > 56:
		y := 1 - (err - x)
		return addToExponent(y, k) - 1
	case k < 20:
		oneMinusPow := Float64frombits(0x3ff0000000000000 - (0x20000000000000 >> uint(k))) // 1 - 2**-k
		return addToExponent(oneMinusPow-(err-x), k)
	}
	pow := Float64frombits(uint64(0x3ff-k) << 52) // 2**-k
	y := x - (err + pow)
	y++
	return addToExponent(y, k)
}

// addToExponent multiplies y by 2**k by adding to its exponent field; the
// callers know the result stays normal.
func addToExponent(y float64, k int) float64 {
	return Float64frombits(Float64bits(y) + uint64(k)<<52)
}
