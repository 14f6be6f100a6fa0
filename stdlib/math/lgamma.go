// Lgamma, the natural logarithm and sign of Gamma(x), following FreeBSD
// msun's e_lgamma_r.c as Go 1.19 does, in the same operation order so results
// match Go's bit for bit: rational approximations around the minimum of
// Gamma near 1.4616 and on [2, 3) (shifted there by the recurrence for
// x < 8), Stirling's series above 8, and the reflection formula through
// sinPi for negative x. The coefficients are constants rather than arrays so
// package initialization stays free.
package math

// msun coefficients, named after the arrays of e_lgamma_r.c's description:
// A for x near 2 (even/odd terms interleaved), T around the minimum, U/V
// near 1, S/R on [2, 3), W the Stirling series.
const (
	lgammaA0  = 7.72156649015328655494e-02
	lgammaA1  = 3.22467033424113591611e-01
	lgammaA2  = 6.73523010531292681824e-02
	lgammaA3  = 2.05808084325167332806e-02
	lgammaA4  = 7.38555086081402883957e-03
	lgammaA5  = 2.89051383673415629091e-03
	lgammaA6  = 1.19270763183362067845e-03
	lgammaA7  = 5.10069792153511336608e-04
	lgammaA8  = 2.20862790713908385557e-04
	lgammaA9  = 1.08011567247583939954e-04
	lgammaA10 = 2.52144565451257326939e-05
	lgammaA11 = 4.48640949618915160150e-05
	lgammaR0  = 1.0
	lgammaR1  = 1.39200533467621045958e+00
	lgammaR2  = 7.21935547567138069525e-01
	lgammaR3  = 1.71933865632803078993e-01
	lgammaR4  = 1.86459191715652901344e-02
	lgammaR5  = 7.77942496381893596434e-04
	lgammaR6  = 7.32668430744625636189e-06
	lgammaS0  = -7.72156649015328655494e-02
	lgammaS1  = 2.14982415960608852501e-01
	lgammaS2  = 3.25778796408930981787e-01
	lgammaS3  = 1.46350472652464452805e-01
	lgammaS4  = 2.66422703033638609560e-02
	lgammaS5  = 1.84028451407337715652e-03
	lgammaS6  = 3.19475326584100867617e-05
	lgammaT0  = 4.83836122723810047042e-01
	lgammaT1  = -1.47587722994593911752e-01
	lgammaT2  = 6.46249402391333854778e-02
	lgammaT3  = -3.27885410759859649565e-02
	lgammaT4  = 1.79706750811820387126e-02
	lgammaT5  = -1.03142241298341437450e-02
	lgammaT6  = 6.10053870246291332635e-03
	lgammaT7  = -3.68452016781138256760e-03
	lgammaT8  = 2.25964780900612472250e-03
	lgammaT9  = -1.40346469989232843813e-03
	lgammaT10 = 8.81081882437654011382e-04
	lgammaT11 = -5.38595305356740546715e-04
	lgammaT12 = 3.15632070903625950361e-04
	lgammaT13 = -3.12754168375120860518e-04
	lgammaT14 = 3.35529192635519073543e-04
	lgammaU0  = -7.72156649015328655494e-02
	lgammaU1  = 6.32827064025093366517e-01
	lgammaU2  = 1.45492250137234768737e+00
	lgammaU3  = 9.77717527963372745603e-01
	lgammaU4  = 2.28963728064692451092e-01
	lgammaU5  = 1.33810918536787660377e-02
	lgammaV0  = 1.0
	lgammaV1  = 2.45597793713041134822e+00
	lgammaV2  = 2.12848976379893395361e+00
	lgammaV3  = 7.69285150456672783825e-01
	lgammaV4  = 1.04222645593369134254e-01
	lgammaV5  = 3.21709242282423911810e-03
	lgammaW0  = 4.18938533204672725052e-01
	lgammaW1  = 8.33333333333329678849e-02
	lgammaW2  = -2.77777777728775536470e-03
	lgammaW3  = 7.93650558643019558500e-04
	lgammaW4  = -5.95187557450339963135e-04
	lgammaW5  = 8.36339918996282139126e-04
	lgammaW6  = -1.63092934096575273989e-03
)

// Lgamma returns the natural logarithm and sign (-1 or +1) of Gamma(x).
func Lgamma(x float64) (lgamma float64, sign int) {
	const (
		two52 = 1 << 52
		two58 = 1 << 58
		tiny  = 1.0 / (1 << 70)
	)
	sign = 1
	switch {
	case IsNaN(x) || IsInf(x, 0):
		return x, sign
	case x == 0:
		return Inf(1), sign
	}
	negative := x < 0
	if negative {
		x = -x
	}
	if x < tiny {
		if negative {
			sign = -1
		}
		return -Log(x), sign
	}
	var reflection float64
	if negative {
		if x >= two52 { // every float64 this large is an integer: a pole
			return Inf(1), sign
		}
		t := sinPi(x)
		if t == 0 {
			return Inf(1), sign
		}
		reflection = Log(Pi / Abs(t*x))
		if t < 0 {
			sign = -1
		}
	}

	switch {
	case x == 1 || x == 2:
		return 0, sign
	case x < 2:
		lgamma = lgammaBelowTwo(x)
	case x < 8:
		lgamma = lgammaBelowEight(x)
	case x < two58:
		t := Log(x)
		z := 1 / x
		y := z * z
		w := lgammaW0 + z*(lgammaW1+y*(lgammaW2+y*(lgammaW3+y*(lgammaW4+y*(lgammaW5+y*lgammaW6)))))
		lgamma = (x-0.5)*(t-1) + w
	default:
		lgamma = x * (Log(x) - 1)
	}
	if negative {
		lgamma = reflection - lgamma
	}
	return lgamma, sign
}

// lgammaBelowTwo is lgamma(x) for 0 < x < 2 (x not 1): one of three
// approximations chosen by distance to 1, 2 and the minimum, with
// lgamma(x) = lgamma(x+1) - log(x) below 0.9.
func lgammaBelowTwo(x float64) float64 {
	const (
		minimumAt = 1.461632144968362245 // where Gamma has its minimum on x > 0
		tc        = 1.46163214496836224576e+00
		tf        = -1.21486290535849611461e-01
		tt        = -3.63867699703950536541e-18 // tf + tt is lgamma(tc) to extra precision
	)
	var result, y float64
	var form int
	if x <= 0.9 {
		result = -Log(x)
		switch {
		case x >= (minimumAt - 1 + 0.27):
			y, form = 1-x, 0
		case x >= (minimumAt - 1 - 0.27):
			y, form = x-(tc-1), 1
		default:
			y, form = x, 2
		}
	} else {
		switch {
		case x >= (minimumAt + 0.27):
			y, form = 2-x, 0
		case x >= (minimumAt - 0.27):
			y, form = x-tc, 1
		default:
			y, form = x-1, 2
		}
	}
	switch form {
	case 0:
		z := y * y
		p1 := lgammaA0 + z*(lgammaA2+z*(lgammaA4+z*(lgammaA6+z*(lgammaA8+z*lgammaA10))))
		p2 := z * (lgammaA1 + z*(+lgammaA3+z*(lgammaA5+z*(lgammaA7+z*(lgammaA9+z*lgammaA11)))))
		p := y*p1 + p2
		result += (p - 0.5*y)
	case 1:
		z := y * y
		w := z * y
		p1 := lgammaT0 + w*(lgammaT3+w*(lgammaT6+w*(lgammaT9+w*lgammaT12)))
		p2 := lgammaT1 + w*(lgammaT4+w*(lgammaT7+w*(lgammaT10+w*lgammaT13)))
		p3 := lgammaT2 + w*(lgammaT5+w*(lgammaT8+w*(lgammaT11+w*lgammaT14)))
		p := z*p1 - (tt - w*(p2+y*p3))
		result += (tf + p)
	default:
		p1 := y * (lgammaU0 + y*(lgammaU1+y*(lgammaU2+y*(lgammaU3+y*(lgammaU4+y*lgammaU5)))))
		p2 := 1 + y*(lgammaV1+y*(lgammaV2+y*(lgammaV3+y*(lgammaV4+y*lgammaV5))))
		result += (-0.5*y + p1/p2)
	}
	return result
}

// lgammaBelowEight is lgamma(x) for 2 <= x < 8: the approximation on
// [2, 3) at the fractional part, plus log of the product (y+2)...(y+i-1)
// that the recurrence Gamma(x+1) = x*Gamma(x) contributes.
func lgammaBelowEight(x float64) float64 {
	whole := int(x)
	y := x - float64(whole)
	p := y * (lgammaS0 + y*(lgammaS1+y*(lgammaS2+y*(lgammaS3+y*(lgammaS4+y*(lgammaS5+y*lgammaS6))))))
	q := 1 + y*(lgammaR1+y*(lgammaR2+y*(lgammaR3+y*(lgammaR4+y*(lgammaR5+y*lgammaR6)))))
	result := 0.5*y + p/q
	if whole < 3 {
		return result
	}
	product := 1.0
	for k := whole - 1; k >= 2; k-- {
		product *= (y + float64(k))
	}
	return result + Log(product)
}

// sinPi is sin(pi*x) for x >= 0 with the argument reduced exactly first,
// negated as the reflection formula wants it; integers give zero.
func sinPi(x float64) float64 {
	const (
		two52 = 1 << 52
		two53 = 1 << 53
	)
	if x < 0.25 {
		return -Sin(Pi * x)
	}
	z := Floor(x)
	var octant int
	if z != x {
		x = Mod(x, 2)
		octant = int(x * 4)
	} else {
		if x >= two53 { // even
			x = 0
			octant = 0
		} else {
			if x < two52 {
				z = x + two52 // moves the units bit to the last mantissa bit
			}
			octant = int(1 & Float64bits(z))
			x = float64(octant)
			octant <<= 2
		}
	}
	switch octant {
	case 0:
		x = Sin(Pi * x)
	case 1, 2:
		x = Cos(Pi * (0.5 - x))
	case 3, 4:
		x = Sin(Pi * (1 - x))
	case 5, 6:
		x = -Cos(Pi * (x - 1.5))
	default:
		x = Sin(Pi * (x - 2))
	}
	return -x
}
