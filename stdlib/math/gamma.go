// Gamma, the Gamma function, by the Cephes method Go 1.19 uses, in the same
// operation order so results match Go's bit for bit: Stirling's formula
// above 33 (with the reflection formula for negative x), otherwise a shift
// of x into [2, 3) by the recurrence Gamma(x+1) = x*Gamma(x) and a rational
// approximation there. The coefficients are constants rather than arrays so
// package initialization stays free.
package math

// Cephes coefficients: gammaP/gammaQ on [2, 3), gammaS the Stirling series.
const (
	gammaP0 = 1.60119522476751861407e-04
	gammaP1 = 1.19135147006586384913e-03
	gammaP2 = 1.04213797561761569935e-02
	gammaP3 = 4.76367800457137231464e-02
	gammaP4 = 2.07448227648435975150e-01
	gammaP5 = 4.94214826801497100753e-01
	gammaP6 = 9.99999999999999996796e-01
	gammaQ0 = -2.31581873324120129819e-05
	gammaQ1 = 5.39605580493303397842e-04
	gammaQ2 = -4.45641913851797240494e-03
	gammaQ3 = 1.18139785222060435552e-02
	gammaQ4 = 3.58236398605498653373e-02
	gammaQ5 = -2.34591795718243348568e-01
	gammaQ6 = 7.14304917030273074085e-02
	gammaQ7 = 1.00000000000000000320e+00
	gammaS0 = 7.87311395793093628397e-04
	gammaS1 = -2.29549961613378126380e-04
	gammaS2 = -2.68132617805781232825e-03
	gammaS3 = 3.47222221605458667310e-03
	gammaS4 = 8.33333333333482257126e-02
)

// stirling returns Gamma(x) for x > 33 as a product of two factors, so a
// caller can divide by them one at a time when the product overflows.
func stirling(x float64) (float64, float64) {
	if x > 200 {
		return Inf(1), 1
	}
	const (
		sqrtTwoPi = 2.506628274631000502417
		powSafe   = 143.01608 // above this x**(x-0.5) overflows, so it is taken in halves
	)
	w := 1 / x
	w = 1 + w*((((gammaS0*w+gammaS1)*w+gammaS2)*w+gammaS3)*w+gammaS4)
	first := Exp(x)
	second := 1.0
	if x > powSafe {
		half := Pow(x, 0.5*x-0.25)
		first, second = half, half/first
	} else {
		first = Pow(x, x-0.5) / first
	}
	return first, sqrtTwoPi * w * second
}

// Gamma returns the Gamma function of x.
func Gamma(x float64) float64 {
	const euler = 0.57721566490153286060651209008240243104215933593992
	switch {
	case isNegativeInteger(x) || IsInf(x, -1) || IsNaN(x):
		return NaN()
	case IsInf(x, 1):
		return Inf(1)
	case x == 0:
		if Signbit(x) {
			return Inf(-1)
		}
		return Inf(1)
	}
	q := Abs(x)
	p := Floor(q)
	if q > 33 {
		if x >= 0 {
			first, second := stirling(x)
			return first * second
		}
		// Reflection: Gamma(x) = -pi / (x sin(pi x) Gamma(-x)).
		sign := 1
		if int64(p)&1 == 0 {
			sign = -1
		}
		z := q - p
		if z > 0.5 {
			p = p + 1
			z = q - p
		}
		z = q * Sin(Pi*z)
		if z == 0 {
			return Inf(sign)
		}
		first, second := stirling(q)
		absZ := Abs(z)
		d := absZ * first * second
		if IsInf(d, 0) {
			z = Pi / absZ / first / second
		} else {
			z = Pi / d
		}
		return float64(sign) * z
	}

	// Near a pole or zero, Gamma(x) ~ 1/(x(1+euler*x)) times the factor so far.
	nearZero := func(x, factor float64) float64 {
		if x == 0 {
			return Inf(1)
		}
		return factor / ((1 + euler*x) * x)
	}
	factor := 1.0
	for x >= 3 {
		x = x - 1
		factor = factor * x
	}
	for x < 0 {
		if x > -1e-09 {
			return nearZero(x, factor)
		}
		factor = factor / x
		x = x + 1
	}
	for x < 2 {
		if x < 1e-09 {
			return nearZero(x, factor)
		}
		factor = factor / x
		x = x + 1
	}
	if x == 2 {
		return factor
	}
	x = x - 2
	p = (((((x*gammaP0+gammaP1)*x+gammaP2)*x+gammaP3)*x+gammaP4)*x+gammaP5)*x + gammaP6
	q = ((((((x*gammaQ0+gammaQ1)*x+gammaQ2)*x+gammaQ3)*x+gammaQ4)*x+gammaQ5)*x+gammaQ6)*x + gammaQ7
	return factor * p / q
}

// isNegativeInteger reports whether x is a negative whole number, where
// Gamma has its poles.
func isNegativeInteger(x float64) bool {
	if x < 0 {
		_, frac := Modf(x)
		return frac == 0
	}
	return false
}
