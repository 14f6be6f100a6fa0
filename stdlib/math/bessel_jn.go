// Jn and Yn, the Bessel functions of integer order n, following FreeBSD
// msun's e_jn.c as Go 1.19 does, in the same operation order so results
// match Go's bit for bit. Yn and Jn for n <= x run the three-term
// recurrence upward from order 0 and 1 (stable in that direction); Jn for
// n > x runs it downward from a continued fraction and normalizes by J0,
// or uses the leading power-series term for tiny x.
package math

// besselHugeX is the bound above which Jn and Yn use the leading asymptotic
// term directly, cos/sin of x shifted by a multiple of pi/4 chosen by n&3.
const besselHugeX = 1 << 302

// Jn returns the order-n Bessel function of the first kind.
func Jn(n int, x float64) float64 {
	const tiny = 1.0 / (1 << 29)
	switch {
	case IsNaN(x):
		return x
	case IsInf(x, 0):
		return 0
	}
	if n == 0 {
		return J0(x)
	}
	if x == 0 {
		return 0
	}
	if n < 0 {
		n, x = -n, -x // J(-n, x) = J(n, -x)
	}
	if n == 1 {
		return J1(x)
	}
	negative := false
	if x < 0 {
		x = -x
		negative = n&1 == 1 // Jn is odd for odd n
	}
	var b float64
	switch {
	case float64(n) <= x && x >= besselHugeX:
		s, c := Sincos(x)
		var phase float64
		switch n & 3 {
		case 0:
			phase = c + s
		case 1:
			phase = -c + s
		case 2:
			phase = -c - s
		case 3:
			phase = c - s
		}
		b = (1 / SqrtPi) * phase / Sqrt(x)
	case float64(n) <= x:
		b = J1(x)
		for i, a := 1, J0(x); i < n; i++ {
			a, b = b, b*(float64(i+i)/x)-a
		}
	case x < tiny && n > 33:
		b = 0 // (x/2)**n / n! underflows
	case x < tiny:
		half := x * 0.5
		b = half
		factorial := 1.0
		for i := 2; i <= n; i++ {
			factorial *= float64(i)
			b *= half
		}
		b /= factorial
	default:
		b = besselJnDownward(n, x)
	}
	if negative {
		return -b
	}
	return b
}

// besselJnDownward computes Jn(x) for 0 < x < n: the continued fraction for
// J(n)/J(n-1) started deep enough (its depth found from the growth of the
// forward recurrence), then the recurrence run down to order 0, whose
// result is scaled to the true J0(x).
func besselJnDownward(n int, x float64) float64 {
	w := float64(n+n) / x
	h := 2 / x
	q0 := w
	z := w + h
	q1 := w*z - 1
	k := 1
	for q1 < 1e9 {
		k++
		z += h
		q0, q1 = q1, z*q1-q0
	}
	t := 0.0
	for i := 2 * (n + k); i >= n+n; i -= 2 {
		t = 1 / (float64(i)/x - t)
	}
	a := t
	b := 1.0
	// If the values can overflow on the way down, rescale as they grow.
	nf := float64(n)
	mayOverflow := nf*Log(Abs(2/x*nf)) >= 7.09782712893383973096e+02
	for i := n - 1; i > 0; i-- {
		twice := float64(i + i)
		a, b = b, b*twice/x-a
		if mayOverflow && b > 1e100 {
			a /= b
			t /= b
			b = 1
		}
	}
	return t * J0(x) / b
}

// Yn returns the order-n Bessel function of the second kind.
func Yn(n int, x float64) float64 {
	switch {
	case x < 0 || IsNaN(x):
		return NaN()
	case IsInf(x, 1):
		return 0
	}
	if n == 0 {
		return Y0(x)
	}
	if x == 0 {
		if n < 0 && n&1 == 1 {
			return Inf(1)
		}
		return Inf(-1)
	}
	negative := false
	if n < 0 {
		n = -n
		negative = n&1 == 1 // Y(-n, x) = (-1)**n Y(n, x)
	}
	if n == 1 {
		if negative {
			return -Y1(x)
		}
		return Y1(x)
	}
	var b float64
	if x >= besselHugeX {
		s, c := Sincos(x)
		var phase float64
		switch n & 3 {
		case 0:
			phase = s - c
		case 1:
			phase = -s - c
		case 2:
			phase = -s + c
		case 3:
			phase = s + c
		}
		b = (1 / SqrtPi) * phase / Sqrt(x)
	} else {
		a := Y0(x)
		b = Y1(x)
		for i := 1; i < n && !IsInf(b, -1); i++ {
			a, b = b, (float64(i+i)/x)*b-a
		}
	}
	if negative {
		return -b
	}
	return b
}
