package strings

import (
	"unicode"
	"unicode/utf8"
)

// Map returns a copy of the string s with all its characters modified
// according to the mapping function. If mapping returns a negative value,
// the character is dropped from the string with no replacement. An invalid
// UTF-8 byte reads as utf8.RuneError; it is written as "\uFFFD" even when
// mapping leaves it unchanged. When nothing changes, s itself is returned.
func Map(mapping func(rune) rune, s string) string {
	// Find the first rune that changes; mapping is called once per rune.
	var b Builder
	changed := false
	for i, c := range s {
		r := mapping(c)
		if r == c && c != utf8.RuneError {
			continue
		}
		width := utf8.RuneLen(c)
		if c == utf8.RuneError {
			var decoded rune
			decoded, width = utf8.DecodeRuneInString(s[i:])
			if width != 1 && r == decoded {
				continue // a genuine U+FFFD mapped to itself
			}
		}
		b.Grow(len(s) + utf8.UTFMax)
		b.WriteString(s[:i])
		if r >= 0 {
			b.WriteRune(r)
		}
		s = s[i+width:]
		changed = true
		break
	}
	if !changed {
		return s
	}
	for _, c := range s {
		if r := mapping(c); r >= 0 {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// asciiCase returns s with its ASCII letters mapped to upper (or lower)
// case when s is all ASCII; isASCII is false otherwise.
func asciiCase(s string, upper bool) (result string, isASCII bool)

// ToUpper returns s with all Unicode letters mapped to their upper case.
func ToUpper(s string) string {
	if upper, isASCII := asciiCase(s, true); isASCII {
		return upper
	}
	return Map(unicode.ToUpper, s)
}

// ToLower returns s with all Unicode letters mapped to their lower case.
func ToLower(s string) string {
	if lower, isASCII := asciiCase(s, false); isASCII {
		return lower
	}
	return Map(unicode.ToLower, s)
}

// ToTitle returns a copy of the string s with all Unicode letters mapped to
// their Unicode title case.
func ToTitle(s string) string {
	return Map(unicode.ToTitle, s)
}

// EqualFold reports whether s and t, interpreted as UTF-8 strings, are
// equal under simple Unicode case-folding, which is a more general form of
// case-insensitivity.
func EqualFold(s, t string) bool {
	for s != "" && t != "" {
		var sr, tr rune
		if s[0] < utf8.RuneSelf {
			sr, s = rune(s[0]), s[1:]
		} else {
			r, size := utf8.DecodeRuneInString(s)
			sr, s = r, s[size:]
		}
		if t[0] < utf8.RuneSelf {
			tr, t = rune(t[0]), t[1:]
		} else {
			r, size := utf8.DecodeRuneInString(t)
			tr, t = r, t[size:]
		}
		if tr == sr {
			continue
		}
		if tr < sr {
			tr, sr = sr, tr
		}
		// Now sr < tr.
		if tr < utf8.RuneSelf {
			if 'A' <= sr && sr <= 'Z' && tr == sr+'a'-'A' {
				continue
			}
			return false
		}
		// General case: walk sr's fold orbit up to tr.
		r := unicode.SimpleFold(sr)
		for r != sr && r < tr {
			r = unicode.SimpleFold(r)
		}
		if r == tr {
			continue
		}
		return false
	}
	return s == t
}
