// J0 and Y0, the Bessel functions of order zero of the first and second
// kind, following FreeBSD msun's e_j0.c as Go 1.19 does, in the same
// operation order so results match Go's bit for bit: rational
// approximations below 2, and above it the asymptotic form
// sqrt(2/(pi x)) * (P0 cos(x-pi/4) -/+ Q0 sin(x-pi/4)) with P0 and Q0 from
// bessel_asymptotic.go.
package math

// besselPhase0 returns sin(x)+cos(x) and sin(x)-cos(x), the cos(x-pi/4)
// and sin(x-pi/4) terms up to a factor sqrt(2); the smaller of the two is
// recomputed from cos(2x) to avoid cancellation.
func besselPhase0(x float64) (sum, diff float64) {
	s, c := Sincos(x)
	diff = s - c
	sum = s + c
	if x < MaxFloat64/2 {
		z := -Cos(x + x)
		if s*c < 0 {
			sum = z / diff
		} else {
			diff = z / sum
		}
	}
	return sum, diff
}

// J0 returns the order-zero Bessel function of the first kind.
func J0(x float64) float64 {
	const (
		tiny   = 1.0 / (1 << 27)
		small  = 1.0 / (1 << 13)
		two129 = 1 << 129 // above this P0 = 1 and Q0 = 0 to float64 precision
		r02    = 1.56249999999999947958e-02
		r03    = -1.89979294238854721751e-04
		r04    = 1.82954049532700665670e-06
		r05    = -4.61832688532103189199e-09
		s01    = 1.56191029464890010492e-02
		s02    = 1.16926784663337450260e-04
		s03    = 5.13546550207318111446e-07
		s04    = 1.16614003333790000205e-09
	)
	switch {
	case IsNaN(x):
		return x
	case IsInf(x, 0):
		return 0
	case x == 0:
		return 1
	}
	x = Abs(x)
	if x >= 2 {
		cc, ss := besselPhase0(x)
		if x > two129 {
			return (1 / SqrtPi) * cc / Sqrt(x)
		}
		u := besselP0(x)
		v := besselQ0(x)
		return (1 / SqrtPi) * (u*cc - v*ss) / Sqrt(x)
	}
	if x < small {
		if x < tiny {
			return 1
		}
		return 1 - 0.25*x*x
	}
	z := x * x
	r := z * (r02 + z*(r03+z*(r04+z*r05)))
	s := 1 + z*(s01+z*(s02+z*(s03+z*s04)))
	if x < 1 {
		return 1 + z*(-0.25+(r/s))
	}
	u := 0.5 * x
	return (1+u)*(1-u) + z*(r/s)
}

// Y0 returns the order-zero Bessel function of the second kind.
func Y0(x float64) float64 {
	const (
		tiny   = 1.0 / (1 << 27)
		two129 = 1 << 129
		u00    = -7.38042951086872317523e-02
		u01    = 1.76666452509181115538e-01
		u02    = -1.38185671945596898896e-02
		u03    = 3.47453432093683650238e-04
		u04    = -3.81407053724364161125e-06
		u05    = 1.95590137035022920206e-08
		u06    = -3.98205194132103398453e-11
		v01    = 1.27304834834123699328e-02
		v02    = 7.60068627350353253702e-05
		v03    = 2.59150851840457805467e-07
		v04    = 4.41110311332675467403e-10
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
		cc, ss := besselPhase0(x)
		if x > two129 {
			return (1 / SqrtPi) * ss / Sqrt(x)
		}
		u := besselP0(x)
		v := besselQ0(x)
		return (1 / SqrtPi) * (u*ss + v*cc) / Sqrt(x)
	}
	if x <= tiny {
		return u00 + (2/Pi)*Log(x)
	}
	z := x * x
	u := u00 + z*(u01+z*(u02+z*(u03+z*(u04+z*(u05+z*u06)))))
	v := 1 + z*(v01+z*(v02+z*(v03+z*v04)))
	return u/v + (2/Pi)*J0(x)*Log(x)
}
