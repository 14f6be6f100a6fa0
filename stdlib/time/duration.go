package time

// A Duration represents the elapsed time between two instants as an int64
// nanosecond count. The representation limits the largest representable
// duration to approximately 290 years.
type Duration int64

const (
	minDuration Duration = -1 << 63
	maxDuration Duration = 1<<63 - 1
)

// Common durations.
const (
	Nanosecond  Duration = 1
	Microsecond          = 1000 * Nanosecond
	Millisecond          = 1000 * Microsecond
	Second               = 1000 * Millisecond
	Minute               = 60 * Second
	Hour                 = 60 * Minute
)

// String returns a string representing the duration in the form "72h3m0.5s".
// Leading zero units are omitted. Durations less than one second use a
// smaller unit (milli-, micro-, or nanoseconds) so that the leading digit is
// non-zero. The zero duration formats as 0s.
func (d Duration) String() string {
	if d == 0 {
		return "0s"
	}
	// Work on the magnitude as unsigned, so that minDuration negates.
	u := uint64(d)
	sign := ""
	if d < 0 {
		u = -u
		sign = "-"
	}
	if u < uint64(Second) {
		switch {
		case u < uint64(Microsecond):
			return sign + utoa(u) + "ns"
		case u < uint64(Millisecond):
			return sign + decimal(u, 3) + "µs"
		default:
			return sign + decimal(u, 6) + "ms"
		}
	}
	text := decimal(u%uint64(Minute), 9) + "s"
	u /= uint64(Minute)
	if u > 0 {
		text = utoa(u%60) + "m" + text
		u /= 60
		if u > 0 {
			text = utoa(u) + "h" + text
		}
	}
	return sign + text
}

// decimal formats v / 10^prec with the fraction's trailing zeros (and a
// bare point) dropped: decimal(1500, 3) is "1.5".
func decimal(v uint64, prec int) string {
	var digits [20]byte
	n := len(digits)
	significant := false
	for i := 0; i < prec; i++ {
		digit := v % 10
		v /= 10
		if digit != 0 || significant {
			significant = true
			n--
			digits[n] = byte('0' + digit)
		}
	}
	if significant {
		n--
		digits[n] = '.'
	}
	return utoa(v) + string(digits[n:])
}

func utoa(v uint64) string { return string(appendUint(nil, v, 0)) }

// Nanoseconds returns the duration as an integer nanosecond count.
func (d Duration) Nanoseconds() int64 { return int64(d) }

// Microseconds returns the duration as an integer microsecond count.
func (d Duration) Microseconds() int64 { return int64(d) / 1e3 }

// Milliseconds returns the duration as an integer millisecond count.
func (d Duration) Milliseconds() int64 { return int64(d) / 1e6 }

// Seconds returns the duration as a floating point number of seconds.
// The whole and fractional parts are converted apart so that large
// durations keep their nanoseconds.
func (d Duration) Seconds() float64 {
	whole := d / Second
	frac := d % Second
	return float64(whole) + float64(frac)/1e9
}

// Minutes returns the duration as a floating point number of minutes.
func (d Duration) Minutes() float64 {
	whole := d / Minute
	frac := d % Minute
	return float64(whole) + float64(frac)/(60*1e9)
}

// Hours returns the duration as a floating point number of hours.
func (d Duration) Hours() float64 {
	whole := d / Hour
	frac := d % Hour
	return float64(whole) + float64(frac)/(60*60*1e9)
}

// Truncate returns the result of rounding d toward zero to a multiple of m.
// If m <= 0, Truncate returns d unchanged.
func (d Duration) Truncate(m Duration) Duration {
	if m <= 0 {
		return d
	}
	return d - d%m
}

// Round returns the result of rounding d to the nearest multiple of m.
// The rounding behavior for halfway values is to round away from zero.
// If the result exceeds the maximum (or minimum) value that can be stored
// in a Duration, Round returns the maximum (or minimum) duration.
// If m <= 0, Round returns d unchanged.
func (d Duration) Round(m Duration) Duration {
	if m <= 0 {
		return d
	}
	r := d % m
	if d < 0 {
		r = -r
		if belowHalf(r, m) {
			return d + r
		}
		if away := d - m + r; away < d {
			return away
		}
		return minDuration
	}
	if belowHalf(r, m) {
		return d - r
	}
	if away := d + m - r; away > d {
		return away
	}
	return maxDuration
}

// belowHalf reports whether r < m/2, without overflow.
func belowHalf(r, m Duration) bool { return uint64(r)+uint64(r) < uint64(m) }

// Abs returns the absolute value of d. As a special case, minDuration is
// converted to maxDuration.
func (d Duration) Abs() Duration {
	switch {
	case d >= 0:
		return d
	case d == minDuration:
		return maxDuration
	default:
		return -d
	}
}
