// Erf and Erfc, the error function and its complement. Pure Go following
// FreeBSD msun's s_erf.c (as Go 1.19 does) so results match Go's bit for
// bit. Both split |x| into the same ranges: a rational approximation of
// erf near zero, one of erf-erx around 1, and above 1.25 one of the
// asymptotic tail erfc(x)*x*exp(x*x); the helpers below are those shared
// pieces, and each function combines them the way that keeps its own
// result accurate.
package math

// Coefficients of the published approximations (msun s_erf.c).
const (
	erferx  = 8.45062911510467529297e-01
	erfefx  = 1.28379167095512586316e-01
	erfefx8 = 1.02703333676410069053e+00
	erfpp0  = 1.28379167095512558561e-01
	erfpp1  = -3.25042107247001499370e-01
	erfpp2  = -2.84817495755985104766e-02
	erfpp3  = -5.77027029648944159157e-03
	erfpp4  = -2.37630166566501626084e-05
	erfqq1  = 3.97917223959155352819e-01
	erfqq2  = 6.50222499887672944485e-02
	erfqq3  = 5.08130628187576562776e-03
	erfqq4  = 1.32494738004321644526e-04
	erfqq5  = -3.96022827877536812320e-06
	erfpa0  = -2.36211856075265944077e-03
	erfpa1  = 4.14856118683748331666e-01
	erfpa2  = -3.72207876035701323847e-01
	erfpa3  = 3.18346619901161753674e-01
	erfpa4  = -1.10894694282396677476e-01
	erfpa5  = 3.54783043256182359371e-02
	erfpa6  = -2.16637559486879084300e-03
	erfqa1  = 1.06420880400844228286e-01
	erfqa2  = 5.40397917702171048937e-01
	erfqa3  = 7.18286544141962662868e-02
	erfqa4  = 1.26171219808761642112e-01
	erfqa5  = 1.36370839120290507362e-02
	erfqa6  = 1.19844998467991074170e-02
	erfra0  = -9.86494403484714822705e-03
	erfra1  = -6.93858572707181764372e-01
	erfra2  = -1.05586262253232909814e+01
	erfra3  = -6.23753324503260060396e+01
	erfra4  = -1.62396669462573470355e+02
	erfra5  = -1.84605092906711035994e+02
	erfra6  = -8.12874355063065934246e+01
	erfra7  = -9.81432934416914548592e+00
	erfsa1  = 1.96512716674392571292e+01
	erfsa2  = 1.37657754143519042600e+02
	erfsa3  = 4.34565877475229228821e+02
	erfsa4  = 6.45387271733267880336e+02
	erfsa5  = 4.29008140027567833386e+02
	erfsa6  = 1.08635005541779435134e+02
	erfsa7  = 6.57024977031928170135e+00
	erfsa8  = -6.04244152148580987438e-02
	erfrb0  = -9.86494292470009928597e-03
	erfrb1  = -7.99283237680523006574e-01
	erfrb2  = -1.77579549177547519889e+01
	erfrb3  = -1.60636384855821916062e+02
	erfrb4  = -6.37566443368389627722e+02
	erfrb5  = -1.02509513161107724954e+03
	erfrb6  = -4.83519191608651397019e+02
	erfsb1  = 3.03380607434824582924e+01
	erfsb2  = 3.25792512996573918826e+02
	erfsb3  = 1.53672958608443695994e+03
	erfsb4  = 3.19985821950859553908e+03
	erfsb5  = 2.55305040643316442583e+03
	erfsb6  = 4.74528541206955367215e+02
	erfsb7  = -2.24409524465858183362e+01
)

// erfNearZeroRatio is the correction y with erf(x) = x + x*y for |x| < 0.84375.
func erfNearZeroRatio(x float64) float64 {
	z := x * x
	r := erfpp0 + z*(erfpp1+z*(erfpp2+z*(erfpp3+z*erfpp4)))
	s := 1 + z*(erfqq1+z*(erfqq2+z*(erfqq3+z*(erfqq4+z*erfqq5))))
	return r / s
}

// erfNearOne approximates erf(x) - erx for 0.84375 <= x < 1.25.
func erfNearOne(x float64) float64 {
	s := x - 1
	p := erfpa0 + s*(erfpa1+s*(erfpa2+s*(erfpa3+s*(erfpa4+s*(erfpa5+s*erfpa6)))))
	q := 1 + s*(erfqa1+s*(erfqa2+s*(erfqa3+s*(erfqa4+s*(erfqa5+s*erfqa6)))))
	return p / q
}

// erfcTail approximates erfc(x) for 1.25 <= x < 28. exp(-x*x) is split as
// exp(-z*z) * exp((z-x)*(z+x)) with z the high 20 bits of x, so the large
// product z*z is exact.
func erfcTail(x float64) float64 {
	s := 1 / (x * x)
	var r, q float64
	if x < 1/0.35 {
		r = erfra0 + s*(erfra1+s*(erfra2+s*(erfra3+s*(erfra4+s*(erfra5+s*(erfra6+s*erfra7))))))
		q = 1 + s*(erfsa1+s*(erfsa2+s*(erfsa3+s*(erfsa4+s*(erfsa5+s*(erfsa6+s*(erfsa7+s*erfsa8)))))))
	} else {
		r = erfrb0 + s*(erfrb1+s*(erfrb2+s*(erfrb3+s*(erfrb4+s*(erfrb5+s*erfrb6)))))
		q = 1 + s*(erfsb1+s*(erfsb2+s*(erfsb3+s*(erfsb4+s*(erfsb5+s*(erfsb6+s*erfsb7))))))
	}
	z := Float64frombits(Float64bits(x) & 0xffffffff00000000)
	return Exp(-z*z-0.5625) * Exp((z-x)*(z+x)+r/q) / x
}

// Erf returns the error function of x.
func Erf(x float64) float64 {
	const (
		subnormalBound = 2.848094538889218e-306 // x*efx would underflow below this
		small          = 1.0 / (1 << 28)
	)
	switch {
	case IsNaN(x):
		return NaN()
	case IsInf(x, 1):
		return 1
	case IsInf(x, -1):
		return -1
	}
	negative := x < 0
	if negative {
		x = -x
	}
	var result float64
	switch {
	case x < small && x < subnormalBound:
		result = 0.125 * (8.0*x + erfefx8*x)
	case x < small:
		result = x + erfefx*x
	case x < 0.84375:
		result = x + x*erfNearZeroRatio(x)
	case x < 1.25:
		if negative {
			return -erferx - erfNearOne(x)
		}
		return erferx + erfNearOne(x)
	case x >= 6:
		result = 1
	default:
		tail := erfcTail(x)
		if negative {
			return tail - 1
		}
		return 1 - tail
	}
	if negative {
		return -result
	}
	return result
}

// Erfc returns the complementary error function of x.
func Erfc(x float64) float64 {
	const negligible = 1.0 / (1 << 56)
	switch {
	case IsNaN(x):
		return NaN()
	case IsInf(x, 1):
		return 0
	case IsInf(x, -1):
		return 2
	}
	negative := x < 0
	if negative {
		x = -x
	}
	switch {
	case x < 0.84375:
		erfx := x
		if x >= negligible {
			y := erfNearZeroRatio(x)
			if x < 0.25 {
				erfx = x + x*y
			} else {
				erfx = 0.5 + (x*y + (x - 0.5)) // keeps 1-erfx from cancelling
			}
		}
		if negative {
			return 1 + erfx
		}
		return 1 - erfx
	case x < 1.25:
		if negative {
			return 1 + erferx + erfNearOne(x)
		}
		return 1 - erferx - erfNearOne(x)
	case x < 28:
		if negative && x > 1/0.35 && x > 6 {
			return 2
		}
		if negative {
			return 2 - erfcTail(x)
		}
		return erfcTail(x)
	}
	if negative {
		return 2
	}
	return 0
}
