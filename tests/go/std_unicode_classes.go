// Exercises the unicode Is* class tests across ASCII, Latin-1 and other scripts.
package main

import (
	"fmt"
	"unicode"
)

func flags(r rune) string {
	s := ""
	tests := []struct {
		c string
		f func(rune) bool
	}{
		{"L", unicode.IsLetter}, {"D", unicode.IsDigit}, {"N", unicode.IsNumber},
		{"S", unicode.IsSpace}, {"U", unicode.IsUpper}, {"l", unicode.IsLower},
		{"T", unicode.IsTitle}, {"P", unicode.IsPunct}, {"M", unicode.IsMark},
		{"Y", unicode.IsSymbol}, {"p", unicode.IsPrint}, {"G", unicode.IsGraphic},
		{"C", unicode.IsControl},
	}
	for _, t := range tests {
		if t.f(r) {
			s += t.c
		} else {
			s += "."
		}
	}
	return s
}

func main() {
	runes := []rune{'a', 'Z', '0', '9', ' ', '\t', '\n', '\u0085', '\u00a0', '!', '_', '$', '+',
		'\u00e9', '\u00c9', '\u00df', '\u01c5', '\u0301', '\u0660', '\u00bd', '\u2163', '\u2028',
		'\u3000', '\u4e2d', '\u03a9', '\u03c9', '\u0416', '\U0001F600', '\u200b', '\ufeff',
		0x7f, 0x00, -1, 0x110000, '\ufffd', '\U0001D400', '\u00b2', '\u2070', '\u0f3a'}
	for _, r := range runes {
		fmt.Printf("%U %s\n", r, flags(r))
	}
}
