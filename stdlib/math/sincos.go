// Sincos: Sin and Cos of one argument, as Go's API offers; built on the
// two natives so the results match them exactly.
package math

// Sincos returns Sin(x), Cos(x).
func Sincos(x float64) (sin, cos float64) {
	return Sin(x), Cos(x)
}
