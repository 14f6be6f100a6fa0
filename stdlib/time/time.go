// Package time provides functionality for measuring and displaying time,
// as Go 1.19's package time: Duration, Time (the wall clock with a
// monotonic reading, so that Since and Sub measure elapsed time even if the
// wall clock is changed), Sleep, timers and tickers.
//
// Time here counts seconds from January 1 of year 1 UTC (so that the zero
// Time is Go's zero Time) plus nanoseconds, and carries the monotonic clock
// reading taken by Now. Not provided yet: calendar fields, Format, Parse,
// String, Location.
//
// Timers (sleep.go, tick.go) run on goroutines that sleep on the
// scheduler's timer heap (sched::sleepCurrent); these goroutines are
// reported to the runtime as system goroutines so that runtime.NumGoroutine
// does not count them, as Go's runtime timers are not goroutines.
package time

// Seconds from January 1 of year 1 to January 1 1970.
const unixToInternal int64 = (1969*365 + 1969/4 - 1969/100 + 1969/400) * 86400

// A Time represents an instant in time with nanosecond precision.
type Time struct {
	sec     int64 // since January 1, year 1 UTC
	nsec    int64 // [0, 999999999]
	mono    int64 // the monotonic clock when hasMono
	hasMono bool
}

func now() (sec int64, nsec int32, mono int64)

// runtimeNano returns the monotonic clock in nanoseconds.
func runtimeNano() int64

// Now returns the current local time.
func Now() Time {
	sec, nsec, mono := now()
	return Time{sec: sec + unixToInternal, nsec: int64(nsec), mono: mono, hasMono: true}
}

// Unix returns the local Time corresponding to the given Unix time, sec
// seconds and nsec nanoseconds since January 1, 1970 UTC. nsec may be
// outside [0, 999999999].
func Unix(sec int64, nsec int64) Time {
	if nsec < 0 || nsec >= 1e9 {
		n := nsec / 1e9
		sec += n
		nsec -= n * 1e9
		if nsec < 0 {
			nsec += 1e9
			sec--
		}
	}
	return Time{sec: sec + unixToInternal, nsec: nsec}
}

// UnixMilli returns the local Time corresponding to the given Unix time,
// msec milliseconds since January 1, 1970 UTC.
func UnixMilli(msec int64) Time { return Unix(msec/1e3, (msec%1e3)*1e6) }

// UnixMicro returns the local Time corresponding to the given Unix time,
// usec microseconds since January 1, 1970 UTC.
func UnixMicro(usec int64) Time { return Unix(usec/1e6, (usec%1e6)*1e3) }

// Unix returns t as a Unix time, the number of seconds elapsed since
// January 1, 1970 UTC.
func (t Time) Unix() int64 { return t.sec - unixToInternal }

// UnixNano returns t as a Unix time, the number of nanoseconds elapsed
// since January 1, 1970 UTC.
func (t Time) UnixNano() int64 { return (t.sec-unixToInternal)*1e9 + t.nsec }

// UnixMilli returns t as a Unix time in milliseconds.
func (t Time) UnixMilli() int64 { return (t.sec-unixToInternal)*1e3 + t.nsec/1e6 }

// UnixMicro returns t as a Unix time in microseconds.
func (t Time) UnixMicro() int64 { return (t.sec-unixToInternal)*1e6 + t.nsec/1e3 }

// Nanosecond returns the nanosecond offset within the second specified by
// t, in the range [0, 999999999].
func (t Time) Nanosecond() int { return int(t.nsec) }

// IsZero reports whether t represents the zero time instant, January 1,
// year 1, 00:00:00 UTC.
func (t Time) IsZero() bool { return t.sec == 0 && t.nsec == 0 }

// After reports whether the time instant t is after u.
func (t Time) After(u Time) bool {
	if t.hasMono && u.hasMono {
		return t.mono > u.mono
	}
	return t.sec > u.sec || t.sec == u.sec && t.nsec > u.nsec
}

// Before reports whether the time instant t is before u.
func (t Time) Before(u Time) bool {
	if t.hasMono && u.hasMono {
		return t.mono < u.mono
	}
	return t.sec < u.sec || t.sec == u.sec && t.nsec < u.nsec
}

// Equal reports whether t and u represent the same time instant.
func (t Time) Equal(u Time) bool {
	if t.hasMono && u.hasMono {
		return t.mono == u.mono
	}
	return t.sec == u.sec && t.nsec == u.nsec
}

// Add returns the time t+d.
func (t Time) Add(d Duration) Time {
	dsec := int64(d / 1e9)
	nsec := t.nsec + int64(d%1e9)
	if nsec >= 1e9 {
		dsec++
		nsec -= 1e9
	} else if nsec < 0 {
		dsec--
		nsec += 1e9
	}
	t.sec += dsec
	t.nsec = nsec
	if t.hasMono {
		t.mono += int64(d)
	}
	return t
}

// Sub returns the duration t-u, saturated at the largest and smallest
// Durations. When both carry monotonic readings, they are used.
func (t Time) Sub(u Time) Duration {
	if t.hasMono && u.hasMono {
		return subMono(t.mono, u.mono)
	}
	d := Duration(t.sec-u.sec)*Second + Duration(t.nsec-u.nsec)
	switch {
	case u.Add(d).Equal(t):
		return d
	case t.Before(u):
		return minDuration
	default:
		return maxDuration
	}
}

func subMono(t, u int64) Duration {
	d := Duration(t - u)
	if d < 0 && t > u {
		return maxDuration
	}
	if d > 0 && t < u {
		return minDuration
	}
	return d
}

// Round(0) and Truncate(0) strip the monotonic clock reading, as in Go;
// other roundings are not provided yet.
func (t Time) Round(d Duration) Time {
	t.hasMono = false
	t.mono = 0
	return t
}

// Since returns the time elapsed since t. It is shorthand for time.Now().Sub(t).
func Since(t Time) Duration {
	if t.hasMono {
		return subMono(runtimeNano(), t.mono)
	}
	return Now().Sub(t)
}

// Until returns the duration until t. It is shorthand for t.Sub(time.Now()).
func Until(t Time) Duration {
	if t.hasMono {
		return subMono(t.mono, runtimeNano())
	}
	return t.Sub(Now())
}
