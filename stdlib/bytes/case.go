package bytes

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// The functions here return new slices, sized as Go sizes them: Map starts
// at len(s) and grows to twice plus utf8.UTFMax when the mapped text does
// not fit; ToUpper and ToLower of ASCII text allocate len(s) (or, when
// nothing changes, copy s as append does); Replace allocates the exact
// result. ToValidUTF8 starts at len(s)+len(replacement) as Go's does, but
// grows in one step where Go's grows per appended piece.

// asciiCase is strings' ASCII case mapping (an intrinsic): s with its ASCII
// letters in upper (or lower) case, s itself when none changes; isASCII is
// false when s has a non-ASCII byte.
func asciiCase(s string, upper bool) (result string, isASCII bool)

// Map returns a copy of the byte slice s with all its characters modified
// according to the mapping function. If mapping returns a negative value,
// the character is dropped from the byte slice with no replacement.
func Map(mapping func(r rune) rune, s []byte) []byte {
	mapped := make([]byte, len(s))
	n := 0
	for _, r := range asString(s) {
		r = mapping(r)
		if r < 0 {
			continue
		}
		size := utf8.RuneLen(r)
		if size < 0 {
			size = utf8.RuneLen(utf8.RuneError)
		}
		if n+size > len(mapped) {
			grown := make([]byte, 2*len(mapped)+utf8.UTFMax)
			copy(grown, mapped[:n])
			mapped = grown
		}
		n += utf8.EncodeRune(mapped[n:], r)
	}
	return mapped[:n]
}

// caseMapped is ToUpper or ToLower: ASCII text through strings' intrinsic,
// other text through Map with the Unicode mapping.
func caseMapped(s []byte, upper bool, mapping func(rune) rune) []byte {
	view := asString(s)
	result, isASCII := asciiCase(view, upper)
	if !isASCII {
		return Map(mapping, s)
	}
	if result == view {
		return append([]byte(""), s...)
	}
	mapped := make([]byte, len(s))
	copy(mapped, result)
	return mapped
}

// ToUpper returns a copy of the byte slice s with all Unicode letters
// mapped to their upper case.
func ToUpper(s []byte) []byte { return caseMapped(s, true, unicode.ToUpper) }

// ToLower returns a copy of the byte slice s with all Unicode letters
// mapped to their lower case.
func ToLower(s []byte) []byte { return caseMapped(s, false, unicode.ToLower) }

// ToTitle treats s as UTF-8-encoded bytes and returns a copy with all the
// Unicode letters mapped to their title case.
func ToTitle(s []byte) []byte { return Map(unicode.ToTitle, s) }

// ToValidUTF8 treats s as UTF-8-encoded bytes and returns a copy with each
// run of bytes representing invalid UTF-8 replaced with the bytes in
// replacement, which may be empty.
func ToValidUTF8(s, replacement []byte) []byte {
	valid := strings.ToValidUTF8(asString(s), asString(replacement))
	return append(make([]byte, 0, len(s)+len(replacement)), valid...)
}

// Repeat returns a new byte slice consisting of count copies of b. It
// panics if count is negative or if the result of (len(b) * count)
// overflows.
func Repeat(b []byte, count int) []byte {
	if count == 0 {
		return []byte{}
	}
	if count < 0 {
		panic("bytes: negative Repeat count")
	} else if len(b)*count/count != len(b) {
		panic("bytes: Repeat count causes overflow")
	}
	repeated := make([]byte, len(b)*count)
	// Double the copied prefix each round.
	done := copy(repeated, b)
	for done < len(repeated) {
		done += copy(repeated[done:], repeated[:done])
	}
	return repeated
}

// Replace returns a copy of the slice s with the first n non-overlapping
// instances of old replaced by new. If old is empty, it matches at the
// beginning of the slice and after each UTF-8 sequence. If n < 0, there is
// no limit on the number of replacements.
func Replace(s, old, new []byte, n int) []byte {
	matches := 0
	if n != 0 {
		matches = Count(s, old)
	}
	if matches == 0 {
		return append([]byte(nil), s...)
	}
	replaced := strings.Replace(asString(s), asString(old), asString(new), n)
	result := make([]byte, len(replaced))
	copy(result, replaced)
	return result
}

// ReplaceAll returns a copy of the slice s with all non-overlapping
// instances of old replaced by new.
func ReplaceAll(s, old, new []byte) []byte { return Replace(s, old, new, -1) }
