package rand

// rngSource, the generator behind NewSource: Go 1.19's additive lagged
// Fibonacci generator (Mitchell and Reeds), x[n] = x[n-607] + x[n-273] mod
// 2^64, kept in a 607-word ring. Two indices walk the ring downwards: feed
// (the word replaced, x[n-607]) and tap (x[n-273]), 334 words apart.
//
// Seeding fills the ring from a Lehmer (Park-Miller) generator, x' = 48271x
// mod (2^31-1), three steps per word (bits 40.., 20.., 0.., XORed), after
// 20 discarded steps, and XORs each word with rngCooked (rng_cooked.go) so
// that even a small seed starts from a well-mixed state. Every step of this
// must match Go's for a seeded program to print Go's numbers.

const (
	rngLen   = 607
	rngTap   = 273
	rngMask  = 1<<63 - 1
	int32max = 1<<31 - 1
)

type rngSource struct {
	tap  int
	feed int
	vec  [rngLen]int64
}

// seedrand is one step of the Lehmer generator, computed by Schrage's
// method (48271 = 2^31-1 div 44488, remainder 3399) to stay in 32 bits.
func seedrand(x int32) int32 {
	const (
		a = 48271
		q = 44488
		r = 3399
	)
	x = a*(x%q) - r*(x/q)
	if x < 0 {
		x += int32max
	}
	return x
}

// Seed uses the provided seed value to initialize the generator to a
// deterministic state. Seeds equal modulo 2^31-1 give the same state.
func (rng *rngSource) Seed(seed int64) {
	rng.tap = 0
	rng.feed = rngLen - rngTap

	seed %= int32max
	if seed < 0 {
		seed += int32max
	}
	if seed == 0 {
		seed = 89482311
	}

	x := int32(seed)
	for i := 0; i < 20; i++ {
		x = seedrand(x)
	}
	for i := range rng.vec {
		x = seedrand(x)
		u := int64(x) << 40
		x = seedrand(x)
		u ^= int64(x) << 20
		x = seedrand(x)
		u ^= int64(x)
		rng.vec[i] = u ^ rngCooked[i]
	}
}

// Int63 returns a non-negative pseudo-random 63-bit integer as an int64.
func (rng *rngSource) Int63() int64 { return int64(rng.Uint64() & rngMask) }

// Uint64 returns a pseudo-random 64-bit value as a uint64.
func (rng *rngSource) Uint64() uint64 {
	rng.tap--
	if rng.tap < 0 {
		rng.tap += rngLen
	}
	rng.feed--
	if rng.feed < 0 {
		rng.feed += rngLen
	}
	x := rng.vec[rng.feed] + rng.vec[rng.tap]
	rng.vec[rng.feed] = x
	return uint64(x)
}
