package strconv

// ParseFloat converts the string s to a floating-point number with the
// precision specified by bitSize: 32 for float32, or 64 for float64. When
// bitSize=32, the result still has type float64, but it will be convertible
// to float32 without changing its value.
//
// ParseFloat accepts decimal and hexadecimal floating-point numbers as
// defined by the Go syntax for floating-point literals (underscores only
// with a base prefix), and "inf", "+Inf", "-Infinity", "NaN" in any case.
// A value too large for the type returns ±Inf and ErrRange; the result is
// the nearest floating-point number rounded using IEEE754 unbiased rounding.
func ParseFloat(s string, bitSize int) (float64, error) {
	const fnParseFloat = "ParseFloat"
	if f, n, ok := special(s); ok {
		if n == len(s) {
			return f, nil
		}
		return 0, syntaxError(fnParseFloat, s)
	}
	n, underscores, ok := scanFloat(s)
	if !ok || n != len(s) {
		return 0, syntaxError(fnParseFloat, s)
	}
	if underscores {
		s0 := s
		s = removeUnderscores(s)
		f, overflow := parseFloat(s, bitSize)
		if overflow {
			return f, rangeError(fnParseFloat, s0)
		}
		return f, nil
	}
	f, overflow := parseFloat(s, bitSize)
	if overflow {
		return f, rangeError(fnParseFloat, s)
	}
	return f, nil
}

// parseFloat converts a float literal already checked by scanFloat (sign,
// decimal or 0x mantissa, exponent; no underscores) to the nearest float64,
// or float32 when bitSize is 32; overflow reports a result rounded to ±Inf.
func parseFloat(s string, bitSize int) (f float64, overflow bool)

func removeUnderscores(s string) string {
	b := make([]byte, 0, len(s))
	for i := 0; i < len(s); i++ {
		if s[i] != '_' {
			b = append(b, s[i])
		}
	}
	return string(b)
}

// commonPrefixLenIgnoreCase returns the length of the common prefix of s
// and prefix, ignoring ASCII case; prefix is lower case.
func commonPrefixLenIgnoreCase(s, prefix string) int {
	n := len(prefix)
	if n > len(s) {
		n = len(s)
	}
	for i := 0; i < n; i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != prefix[i] {
			return i
		}
	}
	return n
}

// special parses a prefix of s that is an optionally signed "inf" or
// "infinity", or an unsigned "nan", ignoring case; n is its length.
func special(s string) (f float64, n int, ok bool) {
	if len(s) == 0 {
		return 0, 0, false
	}
	sign := 1
	nsign := 0
	switch s[0] {
	case '+', '-':
		if s[0] == '-' {
			sign = -1
		}
		nsign = 1
		s = s[1:]
		fallthrough
	case 'i', 'I':
		n := commonPrefixLenIgnoreCase(s, "infinity")
		// "inf" and "infinity" are accepted; a longer prefix of "infinity"
		// than "inf" counts as "inf" (the rest is then a syntax error).
		if 3 < n && n < 8 {
			n = 3
		}
		if n == 3 || n == 8 {
			return inf(sign), nsign + n, true
		}
	case 'n', 'N':
		if commonPrefixLenIgnoreCase(s, "nan") == 3 {
			return nan(), 3, true
		}
	}
	return 0, 0, false
}

func inf(sign int) float64 {
	var zero float64
	if sign < 0 {
		return -1 / zero
	}
	return 1 / zero
}

func nan() float64 {
	var zero float64
	return zero / zero
}

// scanFloat scans the longest prefix of s that Go's float syntax reads: an
// optional sign, decimal digits with an optional '.', and an optional
// exponent ('e'), or "0x", hex digits with an optional '.' and a mandatory
// exponent ('p'). It returns the prefix length, whether underscores were
// seen, and whether the prefix is a valid number.
func scanFloat(s string) (i int, underscores, ok bool) {
	if i >= len(s) {
		return
	}
	if s[i] == '+' || s[i] == '-' {
		i++
	}
	hex := false
	expChar := byte('e')
	if i+2 < len(s) && s[i] == '0' && lower(s[i+1]) == 'x' {
		hex = true
		expChar = 'p'
		i += 2
	}
	sawdot := false
	sawdigits := false
loop:
	for ; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '_':
			underscores = true
		case c == '.':
			if sawdot {
				break loop
			}
			sawdot = true
		case '0' <= c && c <= '9', hex && 'a' <= lower(c) && lower(c) <= 'f':
			sawdigits = true
		default:
			break loop
		}
	}
	if !sawdigits {
		return
	}
	if i < len(s) && lower(s[i]) == expChar {
		i++
		if i >= len(s) {
			return
		}
		if s[i] == '+' || s[i] == '-' {
			i++
		}
		if i >= len(s) || s[i] < '0' || s[i] > '9' {
			return
		}
		for ; i < len(s) && ('0' <= s[i] && s[i] <= '9' || s[i] == '_'); i++ {
			if s[i] == '_' {
				underscores = true
			}
		}
	} else if hex {
		return // a hex mantissa must have an exponent
	}
	if underscores && !underscoreOK(s[:i]) {
		return
	}
	ok = true
	return
}
