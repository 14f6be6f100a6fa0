package time

// ParseDuration: the text form of Duration.String read back, and more:
// a sign, then one or more decimal numbers with optional fraction, each
// with a unit ("1h2.5m", "-300ms", ".5us"). Values are accumulated as
// uint64 nanoseconds so that -9223372036854775808ns parses; fractions go
// through float64, which is exact to the nanosecond even for hours.
// Errors use Go's texts.

import "errors"

// The units a duration may use; µs is U+00B5 (micro sign), μs U+03BC (mu).
var unitMap = map[string]uint64{
	"ns": uint64(Nanosecond),
	"us": uint64(Microsecond),
	"µs": uint64(Microsecond),
	"μs": uint64(Microsecond),
	"ms": uint64(Millisecond),
	"s":  uint64(Second),
	"m":  uint64(Minute),
	"h":  uint64(Hour),
}

// ParseDuration parses a duration string: a possibly signed sequence of
// decimal numbers, each with optional fraction and a unit suffix, such as
// "300ms", "-1.5h" or "2h45m". Valid time units are "ns", "us" (or "µs"),
// "ms", "s", "m", "h".
func ParseDuration(s string) (Duration, error) {
	orig := s
	invalid := errors.New("time: invalid duration " + quote(orig))
	negative := false
	if s != "" && (s[0] == '-' || s[0] == '+') {
		negative = s[0] == '-'
		s = s[1:]
	}
	if s == "0" {
		return 0, nil
	}
	if s == "" {
		return 0, invalid
	}
	var total uint64
	for s != "" {
		if !(s[0] == '.' || '0' <= s[0] && s[0] <= '9') {
			return 0, invalid
		}
		before := len(s)
		whole, rest, err := leadingInt(s)
		if err != nil {
			return 0, invalid
		}
		s = rest
		hasWhole := len(s) != before

		var frac uint64
		scale := 1.0
		hasFrac := false
		if s != "" && s[0] == '.' {
			s = s[1:]
			before = len(s)
			frac, scale, s = leadingFraction(s)
			hasFrac = len(s) != before
		}
		if !hasWhole && !hasFrac {
			return 0, invalid
		}

		unitEnd := 0
		for unitEnd < len(s) && s[unitEnd] != '.' && (s[unitEnd] < '0' || s[unitEnd] > '9') {
			unitEnd++
		}
		if unitEnd == 0 {
			return 0, errors.New("time: missing unit in duration " + quote(orig))
		}
		name := s[:unitEnd]
		s = s[unitEnd:]
		unit, ok := unitMap[name]
		if !ok {
			return 0, errors.New("time: unknown unit " + quote(name) + " in duration " + quote(orig))
		}
		if whole > 1<<63/unit {
			return 0, invalid
		}
		whole *= unit
		if frac > 0 {
			whole += uint64(float64(frac) * (float64(unit) / scale))
			if whole > 1<<63 {
				return 0, invalid
			}
		}
		total += whole
		if total > 1<<63 {
			return 0, invalid
		}
	}
	if negative {
		return -Duration(total), nil
	}
	if total > 1<<63-1 {
		return 0, invalid
	}
	return Duration(total), nil
}

var errLeadingInt = errors.New("time: bad [0-9]*") // never printed

// leadingInt consumes the leading [0-9]* from s; values past 1<<63 are an
// error.
func leadingInt(s string) (x uint64, rest string, err error) {
	i := 0
	for ; i < len(s) && '0' <= s[i] && s[i] <= '9'; i++ {
		if x > 1<<63/10 {
			return 0, "", errLeadingInt
		}
		x = x*10 + uint64(s[i]-'0')
		if x > 1<<63 {
			return 0, "", errLeadingInt
		}
	}
	return x, s[i:], nil
}

// leadingFraction consumes the leading [0-9]* from s as the digits of a
// fraction x/scale; digits past int64's precision are consumed and
// ignored.
func leadingFraction(s string) (x uint64, scale float64, rest string) {
	i := 0
	scale = 1
	overflow := false
	for ; i < len(s) && '0' <= s[i] && s[i] <= '9'; i++ {
		if overflow {
			continue
		}
		if x > (1<<63-1)/10 {
			overflow = true
			continue
		}
		y := x*10 + uint64(s[i]-'0')
		if y > 1<<63 {
			overflow = true
			continue
		}
		x = y
		scale *= 10
	}
	return x, scale, s[i:]
}
