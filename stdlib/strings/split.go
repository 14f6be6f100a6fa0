package strings

import (
	"unicode"
	"unicode/utf8"
)

// Every function here returns a slice whose capacity equals its length, as
// Go's do: the result is counted before it is allocated.

// explode splits s into a slice of UTF-8 strings, one string per Unicode
// character up to a maximum of n (n < 0 means no limit). Invalid UTF-8
// bytes are sliced individually and read back as "\uFFFD".
func explode(s string, n int) []string {
	l := utf8.RuneCountInString(s)
	if n < 0 || n > l {
		n = l
	}
	a := make([]string, n)
	for i := 0; i < n-1; i++ {
		r, size := utf8.DecodeRuneInString(s)
		a[i] = s[:size]
		if r == utf8.RuneError {
			a[i] = string(utf8.RuneError)
		}
		s = s[size:]
	}
	if n > 0 {
		a[n-1] = s
	}
	return a
}

// genSplit splits s at each instance of sep, keeping sepSave bytes of sep in
// each piece, into at most n pieces (n < 0: all of them).
func genSplit(s, sep string, sepSave, n int) []string {
	if n == 0 {
		return nil
	}
	if sep == "" {
		return explode(s, n)
	}
	if n < 0 {
		n = Count(s, sep) + 1
	}
	if n > len(s)+1 {
		n = len(s) + 1
	}
	a := make([]string, n)
	i := 0
	for ; i < n-1; i++ {
		m := Index(s, sep)
		if m < 0 {
			break
		}
		a[i] = s[:m+sepSave]
		s = s[m+len(sep):]
	}
	a[i] = s
	return a[:i+1]
}

// SplitN slices s into substrings separated by sep and returns a slice of
// the substrings between those separators. n > 0: at most n substrings, the
// last being the unsplit remainder; n == 0: nil; n < 0: all substrings.
func SplitN(s, sep string, n int) []string { return genSplit(s, sep, 0, n) }

// SplitAfterN slices s into substrings after each instance of sep, with n
// as in SplitN.
func SplitAfterN(s, sep string, n int) []string { return genSplit(s, sep, len(sep), n) }

// Split slices s into all substrings separated by sep and returns a slice
// of the substrings between those separators. If sep is empty, Split splits
// after each UTF-8 sequence.
func Split(s, sep string) []string { return genSplit(s, sep, 0, -1) }

// SplitAfter slices s into all substrings after each instance of sep.
func SplitAfter(s, sep string) []string { return genSplit(s, sep, len(sep), -1) }

func isASCIISpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r'
}

// Fields splits the string s around each instance of one or more
// consecutive white space characters, as defined by unicode.IsSpace,
// returning a slice of substrings of s or an empty slice if s contains only
// white space.
func Fields(s string) []string {
	if fields, isASCII := fieldsASCII(s); isASCII {
		return fields
	}
	return FieldsFunc(s, unicode.IsSpace)
}

// fieldsASCII is Fields for an all-ASCII s; isASCII is false otherwise.
func fieldsASCII(s string) (fields []string, isASCII bool)

// FieldsFunc splits the string s at each run of Unicode code points c
// satisfying f(c) and returns an array of slices of s. If all code points
// in s satisfy f(c) or the string is empty, an empty slice is returned.
// f is called once per code point, in order.
func FieldsFunc(s string, f func(rune) bool) []string {
	// bounds holds start, end pairs of the fields found.
	bounds := make([]int, 0, 64)
	start := -1
	for end, r := range s {
		if f(r) {
			if start >= 0 {
				bounds = append(bounds, start, end)
				start = -1
			}
		} else if start < 0 {
			start = end
		}
	}
	if start >= 0 {
		bounds = append(bounds, start, len(s))
	}
	a := make([]string, len(bounds)/2)
	for i := range a {
		a[i] = s[bounds[2*i]:bounds[2*i+1]]
	}
	return a
}

// Join concatenates the elements of its first argument to create a single
// string. The separator string sep is placed between elements in the
// resulting string.
func Join(elems []string, sep string) string {
	switch len(elems) {
	case 0:
		return ""
	case 1:
		return elems[0]
	}
	n := len(sep) * (len(elems) - 1)
	for _, e := range elems {
		n += len(e)
	}
	var b Builder
	b.Grow(n)
	b.WriteString(elems[0])
	for _, e := range elems[1:] {
		b.WriteString(sep)
		b.WriteString(e)
	}
	return b.String()
}
