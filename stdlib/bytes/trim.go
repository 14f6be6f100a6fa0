package bytes

import "strings"

// The trimming functions run strings' code on the view and map the result
// back (within). Go's nil rules are kept: a result trimmed to nothing is
// nil from Trim, TrimLeft, TrimFunc, TrimLeftFunc and TrimSpace, and an
// empty slice of s from TrimRight and TrimRightFunc (nil only for nil s);
// Trim and TrimLeft of an empty s are nil.

// trimSet is Trim or TrimLeft (strings' trim): nil for an empty s, s
// itself for an empty cutset.
func trimSet(s []byte, cutset string, trim func(s, cutset string) string) []byte {
	if len(s) == 0 {
		return nil
	}
	if cutset == "" {
		return s
	}
	return within(s, trim(asString(s), cutset))
}

// Trim returns a subslice of s by slicing off all leading and trailing
// UTF-8-encoded code points contained in cutset.
func Trim(s []byte, cutset string) []byte { return trimSet(s, cutset, strings.Trim) }

// TrimLeft returns a subslice of s by slicing off all leading
// UTF-8-encoded code points contained in cutset.
func TrimLeft(s []byte, cutset string) []byte { return trimSet(s, cutset, strings.TrimLeft) }

// TrimRight returns a subslice of s by slicing off all trailing
// UTF-8-encoded code points that are contained in cutset.
func TrimRight(s []byte, cutset string) []byte {
	return s[:len(strings.TrimRight(asString(s), cutset))]
}

// TrimFunc returns a subslice of s by slicing off all leading and trailing
// UTF-8-encoded code points c that satisfy f(c).
func TrimFunc(s []byte, f func(r rune) bool) []byte {
	return within(s, strings.TrimFunc(asString(s), f))
}

// TrimLeftFunc treats s as UTF-8-encoded bytes and returns a subslice of s
// by slicing off all leading UTF-8-encoded code points c that satisfy f(c).
func TrimLeftFunc(s []byte, f func(r rune) bool) []byte {
	return within(s, strings.TrimLeftFunc(asString(s), f))
}

// TrimRightFunc returns a subslice of s by slicing off all trailing
// UTF-8-encoded code points c that satisfy f(c).
func TrimRightFunc(s []byte, f func(r rune) bool) []byte {
	return s[:len(strings.TrimRightFunc(asString(s), f))]
}

// TrimSpace returns a subslice of s by slicing off all leading and trailing
// white space, as defined by Unicode.
func TrimSpace(s []byte) []byte {
	return within(s, strings.TrimSpace(asString(s)))
}

// TrimPrefix returns s without the provided leading prefix string. If s
// doesn't start with prefix, s is returned unchanged.
func TrimPrefix(s, prefix []byte) []byte {
	if HasPrefix(s, prefix) {
		return s[len(prefix):]
	}
	return s
}

// TrimSuffix returns s without the provided trailing suffix string. If s
// doesn't end with suffix, s is returned unchanged.
func TrimSuffix(s, suffix []byte) []byte {
	if HasSuffix(s, suffix) {
		return s[:len(s)-len(suffix)]
	}
	return s
}
