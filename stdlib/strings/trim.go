package strings

import (
	"unicode"
	"unicode/utf8"
)

// TrimLeftFunc returns a slice of the string s with all leading Unicode code
// points c satisfying f(c) removed.
func TrimLeftFunc(s string, f func(rune) bool) string {
	i := indexFunc(s, f, false)
	if i == -1 {
		return ""
	}
	return s[i:]
}

// TrimRightFunc returns a slice of the string s with all trailing Unicode
// code points c satisfying f(c) removed. The kept rune's width is taken by
// decoding forward from its start, as Go does.
func TrimRightFunc(s string, f func(rune) bool) string {
	i := lastIndexFunc(s, f, false)
	if i >= 0 && s[i] >= utf8.RuneSelf {
		_, width := utf8.DecodeRuneInString(s[i:])
		i += width
	} else {
		i++
	}
	return s[0:i]
}

// TrimFunc returns a slice of the string s with all leading and trailing
// Unicode code points c satisfying f(c) removed.
func TrimFunc(s string, f func(rune) bool) string {
	return TrimRightFunc(TrimLeftFunc(s, f), f)
}

// trimLeftSet removes the leading runes of s that are in cutset.
func trimLeftSet(s, cutset string) string {
	for len(s) > 0 {
		r, n := rune(s[0]), 1
		if r >= utf8.RuneSelf {
			r, n = utf8.DecodeRuneInString(s)
		}
		if !ContainsRune(cutset, r) {
			break
		}
		s = s[n:]
	}
	return s
}

// trimRightSet removes the trailing runes of s that are in cutset.
func trimRightSet(s, cutset string) string {
	for len(s) > 0 {
		r, size := rune(s[len(s)-1]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeLastRuneInString(s)
		}
		if !ContainsRune(cutset, r) {
			break
		}
		s = s[:len(s)-size]
	}
	return s
}

// Trim returns a slice of the string s with all leading and trailing Unicode
// code points contained in cutset removed.
func Trim(s, cutset string) string {
	if s == "" || cutset == "" {
		return s
	}
	return trimLeftSet(trimRightSet(s, cutset), cutset)
}

// TrimLeft returns a slice of the string s with all leading Unicode code
// points contained in cutset removed. To remove a prefix, use TrimPrefix.
func TrimLeft(s, cutset string) string {
	if s == "" || cutset == "" {
		return s
	}
	return trimLeftSet(s, cutset)
}

// TrimRight returns a slice of the string s, with all trailing Unicode code
// points contained in cutset removed. To remove a suffix, use TrimSuffix.
func TrimRight(s, cutset string) string {
	if s == "" || cutset == "" {
		return s
	}
	return trimRightSet(s, cutset)
}

// TrimSpace returns a slice of the string s, with all leading and trailing
// white space removed, as defined by Unicode. ASCII runs are trimmed byte by
// byte; the first non-ASCII byte hands over to TrimFunc(unicode.IsSpace).
func TrimSpace(s string) string {
	start := 0
	for ; start < len(s); start++ {
		c := s[start]
		if c >= utf8.RuneSelf {
			return TrimFunc(s[start:], unicode.IsSpace)
		}
		if !isASCIISpace(c) {
			break
		}
	}
	stop := len(s)
	for ; stop > start; stop-- {
		c := s[stop-1]
		if c >= utf8.RuneSelf {
			return TrimRightFunc(s[start:stop], unicode.IsSpace)
		}
		if !isASCIISpace(c) {
			break
		}
	}
	return s[start:stop]
}

// TrimPrefix returns s without the provided leading prefix string. If s
// doesn't start with prefix, s is returned unchanged.
func TrimPrefix(s, prefix string) string {
	if HasPrefix(s, prefix) {
		return s[len(prefix):]
	}
	return s
}

// TrimSuffix returns s without the provided trailing suffix string. If s
// doesn't end with suffix, s is returned unchanged.
func TrimSuffix(s, suffix string) string {
	if HasSuffix(s, suffix) {
		return s[:len(s)-len(suffix)]
	}
	return s
}
