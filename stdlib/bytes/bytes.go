// Package bytes implements functions for the manipulation of byte slices,
// analogous to the facilities of package strings, with Go 1.19's results
// (including which results are nil, and the capacities of new slices and of
// the pieces Split and Fields return), plus Buffer and Reader.
//
// Go keeps a second copy of strings' algorithms here; golem runs strings'
// own code on a string view of the slice (asString: the same bytes, not a
// copy), so searching, folding and trimming are written once. A substring
// that strings returns is mapped back to the slice by its offset in the view
// (offsetOf), so trimmed results and fields share the argument's bytes as
// Go's do. Functions that build new slices (Map, Repeat, Join, Replace, the
// case mappings) allocate exactly as Go's do. Not provided: Title
// (deprecated), the *Special case mappings, Go 1.20's additions.
package bytes

import (
	"strings"
	"unicode/utf8"
)

// asString returns a string sharing b's bytes (an intrinsic: strings'
// Builder conversion). It is only read while b is not written.
func asString(b []byte) string

// offsetOf returns where sub, a non-empty substring of text, starts in
// text (an intrinsic comparing their addresses).
func offsetOf(sub, text string) int

// within returns the part of s that t, a substring of s's view, covers; nil
// when t is empty.
func within(s []byte, t string) []byte {
	if t == "" {
		return nil
	}
	start := offsetOf(t, asString(s))
	return s[start : start+len(t)]
}

// Equal reports whether a and b are the same length and contain the same
// bytes. A nil argument is equivalent to an empty slice.
func Equal(a, b []byte) bool { return asString(a) == asString(b) }

// Compare returns an integer comparing two byte slices lexicographically.
// The result will be 0 if a == b, -1 if a < b, and +1 if a > b. A nil
// argument is equivalent to an empty slice.
func Compare(a, b []byte) int { return strings.Compare(asString(a), asString(b)) }

// Count counts the number of non-overlapping instances of sep in s. If sep
// is empty, Count returns 1 + the number of UTF-8-encoded code points in s.
func Count(s, sep []byte) int { return strings.Count(asString(s), asString(sep)) }

// Contains reports whether subslice is within b.
func Contains(b, subslice []byte) bool { return Index(b, subslice) >= 0 }

// ContainsAny reports whether any of the UTF-8-encoded code points in chars
// are within b.
func ContainsAny(b []byte, chars string) bool { return IndexAny(b, chars) >= 0 }

// ContainsRune reports whether the rune is contained in the UTF-8-encoded
// byte slice b.
func ContainsRune(b []byte, r rune) bool { return IndexRune(b, r) >= 0 }

// Index returns the index of the first instance of sep in s, or -1 if sep
// is not present in s.
func Index(s, sep []byte) int { return strings.Index(asString(s), asString(sep)) }

// IndexByte returns the index of the first instance of c in b, or -1 if c
// is not present in b.
func IndexByte(b []byte, c byte) int { return strings.IndexByte(asString(b), c) }

// IndexRune interprets s as a sequence of UTF-8-encoded code points. It
// returns the byte index of the first occurrence in s of the given rune, or
// -1. If r is utf8.RuneError, it returns the first instance of any invalid
// UTF-8 byte sequence.
func IndexRune(s []byte, r rune) int { return strings.IndexRune(asString(s), r) }

// IndexAny returns the byte index of the first occurrence in s of any of
// the UTF-8-encoded code points in chars, or -1.
func IndexAny(s []byte, chars string) int { return strings.IndexAny(asString(s), chars) }

// IndexFunc returns the byte index in s of the first Unicode code point
// satisfying f(c), or -1 if none do.
func IndexFunc(s []byte, f func(r rune) bool) int { return strings.IndexFunc(asString(s), f) }

// LastIndex returns the index of the last instance of sep in s, or -1 if
// sep is not present in s.
func LastIndex(s, sep []byte) int { return strings.LastIndex(asString(s), asString(sep)) }

// LastIndexByte returns the index of the last instance of c in s, or -1 if
// c is not present in s.
func LastIndexByte(s []byte, c byte) int { return strings.LastIndexByte(asString(s), c) }

// LastIndexAny returns the byte index of the last occurrence in s of any of
// the Unicode code points in chars, or -1.
func LastIndexAny(s []byte, chars string) int {
	return strings.LastIndexAny(asString(s), chars)
}

// LastIndexFunc returns the byte index in s of the last Unicode code point
// satisfying f(c), or -1 if none do.
func LastIndexFunc(s []byte, f func(r rune) bool) int {
	return strings.LastIndexFunc(asString(s), f)
}

// HasPrefix tests whether the byte slice s begins with prefix.
func HasPrefix(s, prefix []byte) bool { return strings.HasPrefix(asString(s), asString(prefix)) }

// HasSuffix tests whether the byte slice s ends with suffix.
func HasSuffix(s, suffix []byte) bool { return strings.HasSuffix(asString(s), asString(suffix)) }

// EqualFold reports whether s and t, interpreted as UTF-8 strings, are
// equal under simple Unicode case-folding.
func EqualFold(s, t []byte) bool { return strings.EqualFold(asString(s), asString(t)) }

// Cut slices s around the first instance of sep, returning the text before
// and after sep. The found result reports whether sep appears in s. If sep
// does not appear in s, cut returns s, nil, false. Cut returns slices of
// the original slice s, not copies.
func Cut(s, sep []byte) (before, after []byte, found bool) {
	if i := Index(s, sep); i >= 0 {
		return s[:i], s[i+len(sep):], true
	}
	return s, nil, false
}

// Runes interprets s as a sequence of UTF-8-encoded code points. It returns
// a slice of runes (Unicode code points) equivalent to s.
func Runes(s []byte) []rune {
	runes := make([]rune, utf8.RuneCount(s))
	i := 0
	for _, r := range asString(s) {
		runes[i] = r
		i++
	}
	return runes
}
