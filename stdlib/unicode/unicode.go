// Package unicode provides data and functions to test some properties of
// Unicode code points, as Go 1.19's (Unicode 13.0.0).
//
// golem keeps the Unicode tables in C++ (stdlib/unicode_tables.h, generated
// from Go's own package): the class tests and the case mapping of non-ASCII
// runes are intrinsics bound by name ("unicode.IsLetter", ...); the ASCII
// fast paths and the plain logic are Go. The RangeTable API (Is, In and a
// generated subset of the named tables) is Go: rangetable.go, tables.go.
package unicode

const (
	MaxRune         = '\U0010FFFF' // Maximum valid Unicode code point.
	ReplacementChar = '\uFFFD'     // Represents invalid code points.
	MaxASCII        = '\u007F'     // maximum ASCII value.
	MaxLatin1       = '\u00FF'     // maximum Latin-1 value.
)

// Indices into the Delta arrays inside CaseRanges for case mapping.
const (
	UpperCase = iota
	LowerCase
	TitleCase
	MaxCase
)

// UpperLower is the impossible delta that marks alternating upper/lower
// pairs in a case range.
const UpperLower = MaxRune + 1

// Version is the Unicode edition from which the tables are derived.
const Version = "13.0.0"

// IsLetter reports whether the rune is a letter (category L).
func IsLetter(r rune) bool

// IsDigit reports whether the rune is a decimal digit (category Nd).
func IsDigit(r rune) bool

// IsNumber reports whether the rune is a number (category N).
func IsNumber(r rune) bool

// IsSpace reports whether the rune is a space character as defined by
// Unicode's White Space property; in the Latin-1 space this is
// '\t', '\n', '\v', '\f', '\r', ' ', U+0085 (NEL), U+00A0 (NBSP).
func IsSpace(r rune) bool

// IsUpper reports whether the rune is an upper case letter.
func IsUpper(r rune) bool

// IsLower reports whether the rune is a lower case letter.
func IsLower(r rune) bool

// IsTitle reports whether the rune is a title case letter.
func IsTitle(r rune) bool

// IsPunct reports whether the rune is a Unicode punctuation character
// (category P).
func IsPunct(r rune) bool

// IsMark reports whether the rune is a mark character (category M).
func IsMark(r rune) bool

// IsSymbol reports whether the rune is a symbolic character.
func IsSymbol(r rune) bool

// IsPrint reports whether the rune is defined as printable by Go: letters,
// marks, numbers, punctuation, symbols and the ASCII space character.
func IsPrint(r rune) bool

// IsGraphic reports whether the rune is defined as a Graphic by Unicode:
// letters, marks, numbers, punctuation, symbols and spaces (Zs).
func IsGraphic(r rune) bool

// IsControl reports whether the rune is a control character (C0 or C1).
func IsControl(r rune) bool {
	return uint32(r) < 0x20 || 0x7F <= r && r < 0xA0
}

// To maps the rune to the specified case: UpperCase, LowerCase, or
// TitleCase.
func To(_case int, r rune) rune

// ToUpper maps the rune to upper case.
func ToUpper(r rune) rune {
	if r <= MaxASCII {
		if 'a' <= r && r <= 'z' {
			r -= 'a' - 'A'
		}
		return r
	}
	return To(UpperCase, r)
}

// ToLower maps the rune to lower case.
func ToLower(r rune) rune {
	if r <= MaxASCII {
		if 'A' <= r && r <= 'Z' {
			r += 'a' - 'A'
		}
		return r
	}
	return To(LowerCase, r)
}

// ToTitle maps the rune to title case.
func ToTitle(r rune) rune {
	if r <= MaxASCII {
		if 'a' <= r && r <= 'z' {
			r -= 'a' - 'A'
		}
		return r
	}
	return To(TitleCase, r)
}

// SimpleFold iterates over Unicode code points equivalent under the
// Unicode-defined simple case folding: it returns the smallest rune > r if
// one exists, or else the smallest rune >= 0.
func SimpleFold(r rune) rune
