package time

// Time.Truncate and Time.Round: rounding an instant to a multiple of a
// Duration counted from the zero Time (not from the start of the day in
// t's location, so Truncate(Hour) may leave minutes in a zone with a
// half-hour offset). Both drop the monotonic reading, which is why
// Round(0) is the idiom for stripping it.

import "math/bits"

// Truncate returns the result of rounding t down to a multiple of d (since
// the zero time). If d <= 0, Truncate returns t stripped of any monotonic
// clock reading but otherwise unchanged.
func (t Time) Truncate(d Duration) Time {
	t.stripMono()
	if d <= 0 {
		return t
	}
	return t.Add(-remainderSinceZero(t, d))
}

// Round returns the result of rounding t to the nearest multiple of d
// (since the zero time), halfway values rounding up. If d <= 0, Round
// returns t stripped of any monotonic clock reading but otherwise
// unchanged.
func (t Time) Round(d Duration) Time {
	t.stripMono()
	if d <= 0 {
		return t
	}
	r := remainderSinceZero(t, d)
	if belowHalf(r, d) {
		return t.Add(-r)
	}
	return t.Add(d - r)
}

// remainderSinceZero returns the time since the zero Time modulo d, in
// [0, d), for d > 0. Times before the zero Time are handled on their
// magnitude, the remainder then taken from the other side.
func remainderSinceZero(t Time, d Duration) Duration {
	sec, nsec := t.sec(), int64(t.nsec())
	negative := sec < 0
	if negative {
		sec, nsec = -sec, -nsec
		if nsec < 0 {
			nsec += 1e9
			sec--
		}
	}

	var r Duration
	switch {
	case d < Second && Second%(d+d) == 0:
		// d divides a second evenly: the whole seconds do not matter.
		r = Duration(nsec % int64(d))
	case d%Second == 0:
		r = Duration(sec%int64(d/Second))*Second + Duration(nsec)
	default:
		// The nanoseconds since the zero Time need 128 bits.
		hi, lo := bits.Mul64(uint64(sec), 1e9)
		lo, carry := bits.Add64(lo, uint64(nsec), 0)
		r = Duration(bits.Rem64(hi+carry, lo, uint64(d)))
	}

	if negative && r != 0 {
		r = d - r
	}
	return r
}
