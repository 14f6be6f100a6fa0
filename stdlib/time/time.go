// Package time provides functionality for measuring and displaying time,
// as Go 1.19's package time: Duration, Time (the wall clock with an
// optional monotonic reading, so that Since and Sub measure elapsed time
// even if the wall clock is changed), calendar fields, Location (UTC, fixed
// zones, Local and the IANA database), Format and Parse, Sleep, timers and
// tickers.
//
// A Time has Go's layout, so that == and the zero value behave as in Go:
//
//	wall: bit 63 hasMonotonic; with it, bits 30..62 hold the seconds since
//	      January 1 1885 (33 bits, until 2157) and ext holds the monotonic
//	      reading (nanoseconds since the process started); without it, those
//	      33 bits are zero and ext holds the signed seconds since January 1
//	      of year 1. Bits 0..29 always hold the nanoseconds [0, 1e9).
//	loc:  the Location used for presentation; nil means UTC (a Time never
//	      points at utcLoc itself, so UTC times compare equal with ==).
//
// Only Now attaches a monotonic reading; any operation that changes the
// presentation (UTC, In, Round, Truncate) or leaves the 1885-2157 window
// drops it. The calendar arithmetic is in calendar.go, the zones in zone.go,
// Format and Parse in format.go and parse.go.
//
// Timers (sleep.go, tick.go) run on goroutines that sleep on the
// scheduler's timer heap (sched::sleepCurrent); these goroutines are
// reported to the runtime as system goroutines so that runtime.NumGoroutine
// does not count them, as Go's runtime timers are not goroutines.
package time

// A Time represents an instant in time with nanosecond precision.
type Time struct {
	wall uint64
	ext  int64
	loc  *Location
}

const (
	hasMonotonic = 1 << 63
	nsecMask     = 1<<30 - 1
	nsecShift    = 30

	// The window of wall seconds that fits the packed 33-bit field.
	minWall = wallToInternal
	maxWall = wallToInternal + (1<<33 - 1)
)

// nsec returns the nanoseconds within the second.
func (t *Time) nsec() int32 { return int32(t.wall & nsecMask) }

// sec returns the seconds since January 1 of year 1.
func (t *Time) sec() int64 {
	if t.wall&hasMonotonic != 0 {
		return wallToInternal + int64(t.wall<<1>>(nsecShift+1))
	}
	return t.ext
}

// unixSec returns the seconds since January 1 1970.
func (t *Time) unixSec() int64 { return t.sec() + internalToUnix }

// addSec moves t by d seconds. A packed wall time that leaves its window
// is unpacked (losing the monotonic reading); the unpacked seconds
// saturate rather than wrap.
func (t *Time) addSec(d int64) {
	if t.wall&hasMonotonic != 0 {
		packed := int64(t.wall << 1 >> (nsecShift + 1))
		moved := packed + d
		if moved >= 0 && moved <= 1<<33-1 {
			t.wall = t.wall&nsecMask | uint64(moved)<<nsecShift | hasMonotonic
			return
		}
		t.stripMono()
	}
	sum := t.ext + d
	switch {
	case (sum > t.ext) == (d > 0):
		t.ext = sum
	case d > 0:
		t.ext = 1<<63 - 1
	default:
		t.ext = -(1<<63 - 1)
	}
}

// setLoc changes the presentation location; UTC is stored as nil.
func (t *Time) setLoc(loc *Location) {
	if loc == &utcLoc {
		loc = nil
	}
	t.stripMono()
	t.loc = loc
}

// stripMono drops the monotonic reading, unpacking the wall seconds.
func (t *Time) stripMono() {
	if t.wall&hasMonotonic != 0 {
		t.ext = t.sec()
		t.wall &= nsecMask
	}
}

// After reports whether the time instant t is after u.
func (t Time) After(u Time) bool {
	if t.wall&u.wall&hasMonotonic != 0 {
		return t.ext > u.ext
	}
	ts, us := t.sec(), u.sec()
	return ts > us || ts == us && t.nsec() > u.nsec()
}

// Before reports whether the time instant t is before u.
func (t Time) Before(u Time) bool {
	if t.wall&u.wall&hasMonotonic != 0 {
		return t.ext < u.ext
	}
	ts, us := t.sec(), u.sec()
	return ts < us || ts == us && t.nsec() < u.nsec()
}

// Equal reports whether t and u represent the same time instant, whatever
// their locations.
func (t Time) Equal(u Time) bool {
	if t.wall&u.wall&hasMonotonic != 0 {
		return t.ext == u.ext
	}
	return t.sec() == u.sec() && t.nsec() == u.nsec()
}

// IsZero reports whether t represents the zero time instant, January 1,
// year 1, 00:00:00 UTC.
func (t Time) IsZero() bool { return t.sec() == 0 && t.nsec() == 0 }

func now() (sec int64, nsec int32, mono int64)

// runtimeNano returns the monotonic clock in nanoseconds.
func runtimeNano() int64

// Monotonic readings count from startNano; it is one less than the clock
// at start-up so that no reading is ever 0.
var startNano int64 = runtimeNano() - 1

// Now returns the current local time, with a monotonic clock reading when
// the wall clock is within the packed window.
func Now() Time {
	sec, nsec, mono := now()
	sinceWallEpoch := sec + unixToInternal - minWall
	if uint64(sinceWallEpoch)>>33 != 0 {
		return Time{uint64(nsec), sec + unixToInternal, Local}
	}
	return Time{hasMonotonic | uint64(sinceWallEpoch)<<nsecShift | uint64(nsec), mono - startNano, Local}
}

// unixTime is the Local Time at sec seconds and nsec nanoseconds after
// the Unix epoch, nsec in range.
func unixTime(sec int64, nsec int32) Time {
	return Time{uint64(nsec), sec + unixToInternal, Local}
}

// Unix returns the local Time corresponding to the given Unix time, sec
// seconds and nsec nanoseconds since January 1, 1970 UTC. nsec may be
// outside [0, 999999999].
func Unix(sec int64, nsec int64) Time {
	if nsec < 0 || nsec >= 1e9 {
		carry := nsec / 1e9
		sec += carry
		nsec -= carry * 1e9
		if nsec < 0 {
			nsec += 1e9
			sec--
		}
	}
	return unixTime(sec, int32(nsec))
}

// UnixMilli returns the local Time corresponding to the given Unix time,
// msec milliseconds since January 1, 1970 UTC.
func UnixMilli(msec int64) Time { return Unix(msec/1e3, (msec%1e3)*1e6) }

// UnixMicro returns the local Time corresponding to the given Unix time,
// usec microseconds since January 1, 1970 UTC.
func UnixMicro(usec int64) Time { return Unix(usec/1e6, (usec%1e6)*1e3) }

// Unix returns t as a Unix time, the number of seconds elapsed since
// January 1, 1970 UTC, whatever t's location.
func (t Time) Unix() int64 { return t.unixSec() }

// UnixMilli returns t as a Unix time in milliseconds. The result is
// undefined if it does not fit an int64.
func (t Time) UnixMilli() int64 { return t.unixSec()*1e3 + int64(t.nsec())/1e6 }

// UnixMicro returns t as a Unix time in microseconds. The result is
// undefined if it does not fit an int64.
func (t Time) UnixMicro() int64 { return t.unixSec()*1e6 + int64(t.nsec())/1e3 }

// UnixNano returns t as a Unix time in nanoseconds. The result is
// undefined if it does not fit an int64.
func (t Time) UnixNano() int64 { return t.unixSec()*1e9 + int64(t.nsec()) }

// Add returns the time t+d. The monotonic reading moves with the wall
// time, or is dropped if it would overflow.
func (t Time) Add(d Duration) Time {
	dsec := int64(d / 1e9)
	nsec := t.nsec() + int32(d%1e9)
	if nsec >= 1e9 {
		dsec++
		nsec -= 1e9
	} else if nsec < 0 {
		dsec--
		nsec += 1e9
	}
	t.wall = t.wall&^nsecMask | uint64(nsec)
	t.addSec(dsec)
	if t.wall&hasMonotonic != 0 {
		moved := t.ext + int64(d)
		if d < 0 && moved > t.ext || d > 0 && moved < t.ext {
			t.stripMono()
		} else {
			t.ext = moved
		}
	}
	return t
}

// Sub returns the duration t-u, saturated at the largest and smallest
// Durations. When both carry monotonic readings, they are used.
func (t Time) Sub(u Time) Duration {
	if t.wall&u.wall&hasMonotonic != 0 {
		return subMono(t.ext, u.ext)
	}
	d := Duration(t.sec()-u.sec())*Second + Duration(t.nsec()-u.nsec())
	switch {
	case u.Add(d).Equal(t):
		return d
	case t.Before(u):
		return minDuration
	default:
		return maxDuration
	}
}

// subMono returns t-u for two monotonic readings, saturated.
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

// monoNow is the current instant as a Time holding only a monotonic
// reading, enough for Sub against another monotonic Time.
func monoNow() Time { return Time{hasMonotonic, runtimeNano() - startNano, nil} }

// Since returns the time elapsed since t. It is shorthand for time.Now().Sub(t).
func Since(t Time) Duration {
	if t.wall&hasMonotonic != 0 {
		return monoNow().Sub(t)
	}
	return Now().Sub(t)
}

// Until returns the duration until t. It is shorthand for t.Sub(time.Now()).
func Until(t Time) Duration {
	if t.wall&hasMonotonic != 0 {
		return t.Sub(monoNow())
	}
	return t.Sub(Now())
}

// UTC returns t with the location set to UTC.
func (t Time) UTC() Time {
	t.setLoc(&utcLoc)
	return t
}

// Local returns t with the location set to local time.
func (t Time) Local() Time {
	t.setLoc(Local)
	return t
}

// In returns a copy of t representing the same time instant, but with the
// copy's location information set to loc for display purposes. In panics
// if loc is nil.
func (t Time) In(loc *Location) Time {
	if loc == nil {
		panic("time: missing Location in call to Time.In")
	}
	t.setLoc(loc)
	return t
}

// Location returns the time zone information associated with t.
func (t Time) Location() *Location {
	if t.loc == nil {
		return UTC
	}
	return t.loc
}

// Zone computes the time zone in effect at time t, returning the
// abbreviated name of the zone (such as "CET") and its offset in seconds
// east of UTC.
func (t Time) Zone() (name string, offset int) {
	name, offset, _, _, _ = t.loc.lookup(t.unixSec())
	return
}

// ZoneBounds returns the bounds of the time zone in effect at time t: the
// zone begins at start and the next zone begins at end. A zone that began
// at the beginning of time has a zero start, one that goes on forever a
// zero end. Both are in t's location.
func (t Time) ZoneBounds() (start, end Time) {
	_, _, startSec, endSec, _ := t.loc.lookup(t.unixSec())
	if startSec != alpha {
		start = unixTime(startSec, 0)
		start.setLoc(t.loc)
	}
	if endSec != omega {
		end = unixTime(endSec, 0)
		end.setLoc(t.loc)
	}
	return
}

// IsDST reports whether the time in the configured location is in
// Daylight Savings Time.
func (t Time) IsDST() bool {
	_, _, _, _, isDST := t.loc.lookup(t.Unix())
	return isDST
}
