package rand

// NormFloat64: standard normal samples by Marsaglia and Tsang's ziggurat
// (tables in ziggurat_tables.go). The density's right half is covered by
// 128 layers of equal area; a random int32 picks a layer (low 7 bits) and,
// scaled by wn, a signed x in it. Most samples fall inside the layer's
// rectangle under the curve (|j| < kn) and are returned at once; layer 0's
// tail beyond rn is sampled by Marsaglia's exponential method; otherwise x
// is accepted where a uniform point under the layer lies under the curve.

import "math"

// rn is where the normal tail (layer 0) begins.
const rn = 3.442619855899

func absInt32(i int32) uint32 {
	if i < 0 {
		return uint32(-i)
	}
	return uint32(i)
}

// NormFloat64 returns a normally distributed float64 in the range
// -math.MaxFloat64 through +math.MaxFloat64 inclusive, with standard
// normal distribution (mean = 0, stddev = 1). To produce a different
// normal distribution, callers can adjust the output using:
//
//	sample = NormFloat64() * desiredStdDev + desiredMean
func (r *Rand) NormFloat64() float64 {
	for {
		j := int32(r.Uint32())
		i := j & 0x7F
		x := float64(j) * float64(wn[i])
		if absInt32(j) < kn[i] {
			return x
		}
		if i == 0 {
			for {
				x = -math.Log(r.Float64()) * (1.0 / rn)
				y := -math.Log(r.Float64())
				if y+y >= x*x {
					break
				}
			}
			if j > 0 {
				return rn + x
			}
			return -rn - x
		}
		if fn[i]+float32(r.Float64())*(fn[i-1]-fn[i]) < float32(math.Exp(-.5*x*x)) {
			return x
		}
	}
}
