package time

// Formatting a Time by a layout (layout.go): each element is replaced by
// the field of t's wall clock in its location; literal text is copied.
// The date and the clock are computed once, on the first element that
// needs them. Time.String is Format with a fixed layout plus, for times
// from Now, the monotonic reading ("m=+0.000012345"), and GoString is
// the Go expression %#v prints.

// Format returns a textual representation of the time value formatted
// according to the layout defined by the argument.
func (t Time) Format(layout string) string {
	var buf [64]byte
	var b []byte
	if len(layout)+10 < len(buf) {
		b = buf[:0]
	} else {
		b = make([]byte, 0, len(layout)+10)
	}
	return string(t.AppendFormat(b, layout))
}

// AppendFormat is like Format but appends the textual representation to b
// and returns the extended buffer.
func (t Time) AppendFormat(b []byte, layout string) []byte {
	name, offset, abs := t.locabs()
	year := -1
	var month Month
	var day, yday int
	hour := -1
	var min, sec int

	for layout != "" {
		prefix, elem, suffix := nextElem(layout)
		b = append(b, prefix...)
		if elem.kind == elemNone {
			break
		}
		layout = suffix
		if year < 0 && elem.needsDate() {
			year, month, day, yday = absDate(abs, true)
			yday++
		}
		if hour < 0 && elem.needsClock() {
			hour, min, sec = absClock(abs)
		}

		switch elem.kind {
		case elemYear:
			y := year
			if y < 0 {
				y = -y
			}
			b = appendInt(b, y%100, 2)
		case elemLongYear:
			b = appendInt(b, year, 4)
		case elemMonth:
			b = append(b, month.String()[:3]...)
		case elemLongMonth:
			b = append(b, month.String()...)
		case elemNumMonth:
			b = appendInt(b, int(month), 0)
		case elemZeroMonth:
			b = appendInt(b, int(month), 2)
		case elemWeekDay:
			b = append(b, absWeekday(abs).String()[:3]...)
		case elemLongWeekDay:
			b = append(b, absWeekday(abs).String()...)
		case elemDay:
			b = appendInt(b, day, 0)
		case elemUnderDay:
			if day < 10 {
				b = append(b, ' ')
			}
			b = appendInt(b, day, 0)
		case elemZeroDay:
			b = appendInt(b, day, 2)
		case elemUnderYearDay:
			if yday < 100 {
				b = append(b, ' ')
				if yday < 10 {
					b = append(b, ' ')
				}
			}
			b = appendInt(b, yday, 0)
		case elemZeroYearDay:
			b = appendInt(b, yday, 3)
		case elemHour:
			b = appendInt(b, hour, 2)
		case elemHour12:
			b = appendInt(b, hour12(hour), 0)
		case elemZeroHour12:
			b = appendInt(b, hour12(hour), 2)
		case elemMinute:
			b = appendInt(b, min, 0)
		case elemZeroMinute:
			b = appendInt(b, min, 2)
		case elemSecond:
			b = appendInt(b, sec, 0)
		case elemZeroSecond:
			b = appendInt(b, sec, 2)
		case elemPM:
			if hour >= 12 {
				b = append(b, "PM"...)
			} else {
				b = append(b, "AM"...)
			}
		case elempm:
			if hour >= 12 {
				b = append(b, "pm"...)
			} else {
				b = append(b, "am"...)
			}
		case elemZoneOffset:
			if offset == 0 && elem.offsetZulu {
				b = append(b, 'Z')
				break
			}
			b = appendOffset(b, offset, elem.offsetParts, elem.offsetColon)
		case elemZoneName:
			if name != "" {
				b = append(b, name...)
				break
			}
			// A zone without a name prints as -0700.
			b = appendOffset(b, offset, 2, false)
		case elemFrac0, elemFrac9:
			b = appendFraction(b, uint(t.Nanosecond()), elem)
		}
	}
	return b
}

// hour12 maps 0..23 to the 12-hour clock: noon is 12PM, midnight 12AM.
func hour12(hour int) int {
	if hour%12 == 0 {
		return 12
	}
	return hour % 12
}

// appendOffset appends a numeric zone offset: a sign and hh, hhmm or
// hhmmss (parts 1, 2, 3), colon-separated when colon is set. Seconds of
// the offset show only with parts 3; the hours and minutes shown are those
// of the whole minutes.
func appendOffset(b []byte, offset int, parts int, colon bool) []byte {
	minutes := offset / 60
	seconds := offset
	if minutes < 0 {
		b = append(b, '-')
		minutes, seconds = -minutes, -seconds
	} else {
		b = append(b, '+')
	}
	b = appendInt(b, minutes/60, 2)
	if parts >= 2 {
		if colon {
			b = append(b, ':')
		}
		b = appendInt(b, minutes%60, 2)
	}
	if parts == 3 {
		if colon {
			b = append(b, ':')
		}
		b = appendInt(b, seconds%60, 2)
	}
	return b
}

// appendFraction appends the fractional second nanos by elem: its
// separator and fracDigits digits (at most 9), or for elemFrac9 the
// digits without trailing zeros and nothing at all for zero.
func appendFraction(b []byte, nanos uint, elem layoutElem) []byte {
	var digits [9]byte
	for i := len(digits) - 1; i >= 0; i-- {
		digits[i] = byte(nanos%10) + '0'
		nanos /= 10
	}
	n := elem.fracDigits
	if n > 9 {
		n = 9
	}
	if elem.kind == elemFrac9 {
		for n > 0 && digits[n-1] == '0' {
			n--
		}
		if n == 0 {
			return b
		}
	}
	b = append(b, elem.fracSep)
	return append(b, digits[:n]...)
}

// appendInt appends the decimal form of x, its digits zero-padded to
// width (a minus sign goes before the padding).
func appendInt(b []byte, x int, width int) []byte {
	u := uint64(x)
	if x < 0 {
		b = append(b, '-')
		u = uint64(-x)
	}
	return appendUint(b, u, width)
}

// appendUint appends the decimal form of u zero-padded to width.
func appendUint(b []byte, u uint64, width int) []byte {
	var digits [20]byte
	i := len(digits)
	for {
		i--
		digits[i] = byte('0' + u%10)
		u /= 10
		if u == 0 {
			break
		}
	}
	for w := len(digits) - i; w < width; w++ {
		b = append(b, '0')
	}
	return append(b, digits[i:]...)
}

// String returns the time formatted using the format string
//
//	"2006-01-02 15:04:05.999999999 -0700 MST"
//
// followed, if the time has a monotonic clock reading, by " m=±<value>",
// the reading in seconds.
func (t Time) String() string {
	s := t.Format("2006-01-02 15:04:05.999999999 -0700 MST")
	if t.wall&hasMonotonic == 0 {
		return s
	}
	mono := uint64(t.ext)
	sign := byte('+')
	if t.ext < 0 {
		sign = '-'
		mono = -mono
	}
	seconds, nanos := mono/1e9, mono%1e9
	buf := make([]byte, 0, 24)
	buf = append(buf, " m="...)
	buf = append(buf, sign)
	// Seconds past 1e9 print their low nine digits zero-padded after the
	// high ones.
	width := 0
	if high := seconds / 1e9; high != 0 {
		buf = appendInt(buf, int(high), 0)
		width = 9
	}
	buf = appendInt(buf, int(seconds%1e9), width)
	buf = append(buf, '.')
	buf = appendInt(buf, int(nanos), 9)
	return s + string(buf)
}

// GoString implements fmt.GoStringer and formats t to be printed in Go
// source code.
func (t Time) GoString() string {
	year, month, day := t.Date()
	hour, min, sec := t.Clock()
	buf := make([]byte, 0, 70)
	buf = append(buf, "time.Date("...)
	buf = appendInt(buf, year, 0)
	if January <= month && month <= December {
		buf = append(buf, ", time."...)
		buf = append(buf, month.String()...)
	} else {
		buf = appendInt(buf, int(month), 0)
	}
	for _, field := range [...]int{day, hour, min, sec, t.Nanosecond()} {
		buf = append(buf, ", "...)
		buf = appendInt(buf, field, 0)
	}
	buf = append(buf, ", "...)
	switch loc := t.Location(); loc {
	case UTC, nil:
		buf = append(buf, "time.UTC"...)
	case Local:
		buf = append(buf, "time.Local"...)
	default:
		buf = append(buf, "time.Location("...)
		buf = append(buf, quote(loc.name)...)
		buf = append(buf, ')')
	}
	return string(append(buf, ')'))
}
