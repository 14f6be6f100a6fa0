package rand

// ExpFloat64: exponential samples by Marsaglia and Tsang's ziggurat, as
// NormFloat64 (normal.go) but over 256 layers of the density e^-x, picked
// by the low 8 bits of a Uint32. The tail of layer 0 beyond re is
// re plus an exponential sample, by the distribution's memorylessness.

import "math"

// re is where the exponential tail (layer 0) begins.
const re = 7.69711747013104972

// ExpFloat64 returns an exponentially distributed float64 in the range
// (0, +math.MaxFloat64] with an exponential distribution whose rate
// parameter (lambda) is 1 and whose mean is 1/lambda (1). To produce a
// distribution with a different rate parameter, callers can adjust the
// output using:
//
//	sample = ExpFloat64() / desiredRateParameter
func (r *Rand) ExpFloat64() float64 {
	for {
		j := r.Uint32()
		i := j & 0xFF
		x := float64(j) * float64(we[i])
		if j < ke[i] {
			return x
		}
		if i == 0 {
			return re - math.Log(r.Float64())
		}
		if fe[i]+float32(r.Float64())*(fe[i-1]-fe[i]) < float32(math.Exp(-x)) {
			return x
		}
	}
}
