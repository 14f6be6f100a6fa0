package bytes

import (
	"strings"
	"unicode/utf8"
)

// Every piece these functions return is a slice of the argument with its
// capacity cut to its length (s[i:j:j]), as Go's are, so appending to one
// piece never overwrites the next.

// explode splits s into one slice per UTF-8 sequence (an invalid byte is a
// piece of its own), at most n pieces (n <= 0: all), the last holding the
// rest.
func explode(s []byte, n int) [][]byte {
	if n <= 0 || n > len(s) {
		n = len(s)
	}
	pieces := make([][]byte, n)
	count := 0
	for len(s) > 0 {
		if count+1 >= n {
			pieces[count] = s
			count++
			break
		}
		_, size := utf8.DecodeRune(s)
		pieces[count] = s[:size:size]
		s = s[size:]
		count++
	}
	return pieces[:count]
}

// genSplit splits s at each instance of sep, keeping sepSave bytes of sep
// in each piece, into at most n pieces (n < 0: all of them).
func genSplit(s, sep []byte, sepSave, n int) [][]byte {
	if n == 0 {
		return nil
	}
	if len(sep) == 0 {
		return explode(s, n)
	}
	if n < 0 {
		n = Count(s, sep) + 1
	}
	if n > len(s)+1 {
		n = len(s) + 1
	}
	pieces := make([][]byte, n)
	i := 0
	for ; i < n-1; i++ {
		m := Index(s, sep)
		if m < 0 {
			break
		}
		end := m + sepSave
		pieces[i] = s[:end:end]
		s = s[m+len(sep):]
	}
	pieces[i] = s
	return pieces[:i+1]
}

// SplitN slices s into subslices separated by sep and returns a slice of
// the subslices between those separators. n > 0: at most n subslices, the
// last being the unsplit remainder; n == 0: nil; n < 0: all subslices. If
// sep is empty, SplitN splits after each UTF-8 sequence.
func SplitN(s, sep []byte, n int) [][]byte { return genSplit(s, sep, 0, n) }

// SplitAfterN slices s into subslices after each instance of sep, with n as
// in SplitN.
func SplitAfterN(s, sep []byte, n int) [][]byte { return genSplit(s, sep, len(sep), n) }

// Split slices s into all subslices separated by sep and returns a slice of
// the subslices between those separators.
func Split(s, sep []byte) [][]byte { return genSplit(s, sep, 0, -1) }

// SplitAfter slices s into all subslices after each instance of sep.
func SplitAfter(s, sep []byte) [][]byte { return genSplit(s, sep, len(sep), -1) }

// fieldsOf maps the fields strings found in s's view back to slices of s.
func fieldsOf(s []byte, fields []string) [][]byte {
	pieces := make([][]byte, len(fields))
	view := asString(s)
	for i, f := range fields {
		start := offsetOf(f, view)
		end := start + len(f)
		pieces[i] = s[start:end:end]
	}
	return pieces
}

// Fields interprets s as a sequence of UTF-8-encoded code points. It splits
// the slice s around each instance of one or more consecutive white space
// characters, as defined by unicode.IsSpace, returning a slice of
// subslices of s or an empty slice if s contains only white space.
func Fields(s []byte) [][]byte { return fieldsOf(s, strings.Fields(asString(s))) }

// FieldsFunc interprets s as a sequence of UTF-8-encoded code points. It
// splits the slice s at each run of code points c satisfying f(c) and
// returns a slice of subslices of s. If all code points in s satisfy f(c),
// or len(s) == 0, an empty slice is returned.
func FieldsFunc(s []byte, f func(rune) bool) [][]byte {
	return fieldsOf(s, strings.FieldsFunc(asString(s), f))
}

// Join concatenates the elements of s to create a new byte slice. The
// separator sep is placed between elements in the resulting slice.
func Join(s [][]byte, sep []byte) []byte {
	switch len(s) {
	case 0:
		return []byte{}
	case 1:
		return append([]byte(nil), s[0]...)
	}
	n := len(sep) * (len(s) - 1)
	for _, piece := range s {
		n += len(piece)
	}
	joined := make([]byte, n)
	at := copy(joined, s[0])
	for _, piece := range s[1:] {
		at += copy(joined[at:], sep)
		at += copy(joined[at:], piece)
	}
	return joined
}
