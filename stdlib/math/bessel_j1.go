// J1 and Y1, the Bessel functions of order one of the first and second
// kind, following FreeBSD msun's e_j1.c as Go 1.19 does, in the same
// operation order so results match Go's bit for bit: rational
// approximations below 2, and above it the asymptotic form
// sqrt(2/(pi x)) * (P1 cos(x-3pi/4) -/+ Q1 sin(x-3pi/4)) with P1 and Q1
// from bessel_asymptotic.go.
package math

// besselPhase1 returns sin(x)-cos(x) and -sin(x)-cos(x), the
// cos(x-3pi/4) and sin(x-3pi/4) terms up to a factor sqrt(2); the smaller
// is recomputed from cos(2x) to avoid cancellation.
func besselPhase1(x float64) (cc, ss float64) {
	s, c := Sincos(x)
	ss = -s - c
	cc = s - c
	if x < MaxFloat64/2 {
		z := Cos(x + x)
		if s*c > 0 {
			cc = z / ss
		} else {
			ss = z / cc
		}
	}
	return cc, ss
}

// J1 returns the order-one Bessel function of the first kind.
func J1(x float64) float64 {
	const (
		tiny   = 1.0 / (1 << 27)
		two129 = 1 << 129 // above this P1 = 1 and Q1 = 0 to float64 precision
		r00    = -6.25000000000000000000e-02
		r01    = 1.40705666955189706048e-03
		r02    = -1.59955631084035597520e-05
		r03    = 4.96727999609584448412e-08
		s01    = 1.91537599538363460805e-02
		s02    = 1.85946785588630915560e-04
		s03    = 1.17718464042623683263e-06
		s04    = 5.04636257076217042715e-09
		s05    = 1.23542274426137913908e-11
	)
	switch {
	case IsNaN(x):
		return x
	case IsInf(x, 0) || x == 0:
		return 0
	}
	negative := x < 0
	if negative {
		x = -x
	}
	var result float64
	switch {
	case x >= 2:
		cc, ss := besselPhase1(x)
		if x > two129 {
			result = (1 / SqrtPi) * cc / Sqrt(x)
		} else {
			u := besselP1(x)
			v := besselQ1(x)
			result = (1 / SqrtPi) * (u*cc - v*ss) / Sqrt(x)
		}
	case x < tiny:
		return 0.5 * x // Go 1.19 drops the sign here (J1(-1e-10) > 0); kept to print what Go prints
	default:
		z := x * x
		r := z * (r00 + z*(r01+z*(r02+z*r03)))
		s := 1.0 + z*(s01+z*(s02+z*(s03+z*(s04+z*s05))))
		r *= x
		result = 0.5*x + r/s
	}
	if negative {
		return -result
	}
	return result
}

// Y1 returns the order-one Bessel function of the second kind.
func Y1(x float64) float64 {
	const (
		tiny   = 1.0 / (1 << 54)
		two129 = 1 << 129
		u00    = -1.96057090646238940668e-01
		u01    = 5.04438716639811282616e-02
		u02    = -1.91256895875763547298e-03
		u03    = 2.35252600561610495928e-05
		u04    = -9.19099158039878874504e-08
		v00    = 1.99167318236649903973e-02
		v01    = 2.02552581025135171496e-04
		v02    = 1.35608801097516229404e-06
		v03    = 6.22741452364621501295e-09
		v04    = 1.66559246207992079114e-11
	)
	switch {
	case x < 0 || IsNaN(x):
		return NaN()
	case IsInf(x, 1):
		return 0
	case x == 0:
		return Inf(-1)
	}
	if x >= 2 {
		cc, ss := besselPhase1(x)
		if x > two129 {
			return (1 / SqrtPi) * ss / Sqrt(x)
		}
		u := besselP1(x)
		v := besselQ1(x)
		return (1 / SqrtPi) * (u*ss + v*cc) / Sqrt(x)
	}
	if x <= tiny {
		return -(2 / Pi) / x
	}
	z := x * x
	u := u00 + z*(u01+z*(u02+z*(u03+z*u04)))
	v := 1 + z*(v00+z*(v01+z*(v02+z*(v03+z*v04))))
	return x*(u/v) + (2/Pi)*(J1(x)*Log(x)-1/x)
}
