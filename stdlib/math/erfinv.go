// Erfinv and Erfcinv, the inverse error functions, by the rational
// approximations of Wichura's algorithm AS241 (Applied Statistics, 1988),
// which Go 1.19 uses: one in x*x for |x| <= 0.85 and two in
// sqrt(ln2 - log(1-|x|)) for the tails. Evaluated in Go's operation order so
// results match Go's bit for bit.
package math

// AS241 coefficients: erfinvA/B near zero, C/D and E/F for the two tails.
const (
	erfinvA0 = 1.1975323115670912564578e0
	erfinvA1 = 4.7072688112383978012285e1
	erfinvA2 = 6.9706266534389598238465e2
	erfinvA3 = 4.8548868893843886794648e3
	erfinvA4 = 1.6235862515167575384252e4
	erfinvA5 = 2.3782041382114385731252e4
	erfinvA6 = 1.1819493347062294404278e4
	erfinvA7 = 8.8709406962545514830200e2
	erfinvB0 = 1.0000000000000000000e0
	erfinvB1 = 4.2313330701600911252e1
	erfinvB2 = 6.8718700749205790830e2
	erfinvB3 = 5.3941960214247511077e3
	erfinvB4 = 2.1213794301586595867e4
	erfinvB5 = 3.9307895800092710610e4
	erfinvB6 = 2.8729085735721942674e4
	erfinvB7 = 5.2264952788528545610e3
	erfinvC0 = 1.42343711074968357734e0
	erfinvC1 = 4.63033784615654529590e0
	erfinvC2 = 5.76949722146069140550e0
	erfinvC3 = 3.64784832476320460504e0
	erfinvC4 = 1.27045825245236838258e0
	erfinvC5 = 2.41780725177450611770e-1
	erfinvC6 = 2.27238449892691845833e-2
	erfinvC7 = 7.74545014278341407640e-4
	erfinvD0 = 1.4142135623730950488016887e0
	erfinvD1 = 2.9036514445419946173133295e0
	erfinvD2 = 2.3707661626024532365971225e0
	erfinvD3 = 9.7547832001787427186894837e-1
	erfinvD4 = 2.0945065210512749128288442e-1
	erfinvD5 = 2.1494160384252876777097297e-2
	erfinvD6 = 7.7441459065157709165577218e-4
	erfinvD7 = 1.4859850019840355905497876e-9
	erfinvE0 = 6.65790464350110377720e0
	erfinvE1 = 5.46378491116411436990e0
	erfinvE2 = 1.78482653991729133580e0
	erfinvE3 = 2.96560571828504891230e-1
	erfinvE4 = 2.65321895265761230930e-2
	erfinvE5 = 1.24266094738807843860e-3
	erfinvE6 = 2.71155556874348757815e-5
	erfinvE7 = 2.01033439929228813265e-7
	erfinvF0 = 1.414213562373095048801689e0
	erfinvF1 = 8.482908416595164588112026e-1
	erfinvF2 = 1.936480946950659106176712e-1
	erfinvF3 = 2.103693768272068968719679e-2
	erfinvF4 = 1.112800997078859844711555e-3
	erfinvF5 = 2.611088405080593625138020e-5
	erfinvF6 = 2.010321207683943062279931e-7
	erfinvF7 = 2.891024605872965461538222e-15
)

// horner7 evaluates c0 + c1*r + ... + c7*r**7 from the highest term down.
func horner7(r, c0, c1, c2, c3, c4, c5, c6, c7 float64) float64 {
	return ((((((c7*r+c6)*r+c5)*r+c4)*r+c3)*r+c2)*r+c1)*r + c0
}

// Erfinv returns the inverse error function of x.
func Erfinv(x float64) float64 {
	if IsNaN(x) || x <= -1 || x >= 1 {
		if x == -1 || x == 1 {
			return Inf(int(x))
		}
		return NaN()
	}
	negative := x < 0
	if negative {
		x = -x
	}
	var result float64
	if x <= 0.85 {
		r := 0.180625 - 0.25*x*x
		num := horner7(r, erfinvA0, erfinvA1, erfinvA2, erfinvA3, erfinvA4, erfinvA5, erfinvA6, erfinvA7)
		den := horner7(r, erfinvB0, erfinvB1, erfinvB2, erfinvB3, erfinvB4, erfinvB5, erfinvB6, erfinvB7)
		result = (x * num) / den
	} else {
		r := Sqrt(Ln2 - Log(1.0-x))
		if r <= 5.0 {
			r -= 1.6
			result = horner7(r, erfinvC0, erfinvC1, erfinvC2, erfinvC3, erfinvC4, erfinvC5, erfinvC6, erfinvC7) /
				horner7(r, erfinvD0, erfinvD1, erfinvD2, erfinvD3, erfinvD4, erfinvD5, erfinvD6, erfinvD7)
		} else {
			r -= 5.0
			result = horner7(r, erfinvE0, erfinvE1, erfinvE2, erfinvE3, erfinvE4, erfinvE5, erfinvE6, erfinvE7) /
				horner7(r, erfinvF0, erfinvF1, erfinvF2, erfinvF3, erfinvF4, erfinvF5, erfinvF6, erfinvF7)
		}
	}
	if negative {
		return -result
	}
	return result
}

// Erfcinv returns the inverse of Erfc(x).
func Erfcinv(x float64) float64 {
	return Erfinv(1 - x)
}
