// Uses unicode predicates the way programs do: tokenizing and title-casing text.
package main

import (
	"fmt"
	"strings"
	"unicode"
)

func words(s string) []string {
	return strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsNumber(r) })
}

func title(w string) string {
	rs := []rune(w)
	for i, r := range rs {
		if i == 0 {
			rs[i] = unicode.ToTitle(r)
		} else {
			rs[i] = unicode.ToLower(r)
		}
	}
	return string(rs)
}

func main() {
	text := "ǆemal said: «ÜBER straße», 42 ΣΊΣΥΦΟΣ — naïve café 中文 x²!"
	for _, w := range words(text) {
		fmt.Printf("%q -> %q\n", w, title(w))
	}
	fmt.Println(strings.IndexFunc(text, unicode.IsPunct), strings.LastIndexFunc(text, unicode.IsSymbol))
	fmt.Println(strings.TrimFunc("  \u00a0\u3000 hi\u2003 ", unicode.IsSpace))
	fmt.Println(strings.Map(func(r rune) rune {
		if unicode.IsUpper(r) {
			return unicode.ToLower(r)
		}
		if unicode.IsLower(r) {
			return unicode.ToUpper(r)
		}
		if unicode.IsDigit(r) {
			return -1
		}
		return r
	}, text))
	fmt.Println(strings.EqualFold("Straße", "STRASSE"), strings.EqualFold("Kelvin", "\u212aelvin"), strings.EqualFold("σς", "ΣΣ"))
}
