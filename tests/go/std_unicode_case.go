// Exercises unicode.ToUpper/ToLower/ToTitle/To on special case mappings.
package main

import (
	"fmt"
	"unicode"
)

func main() {
	runes := []rune{'a', 'A', 'z', '0', '\u00df', '\u00ff', '\u0178', '\u0130', '\u0131',
		'\u01c4', '\u01c5', '\u01c6', '\u03a3', '\u03c2', '\u03c3', '\u1e9e', '\u2126',
		'\u212a', '\u0345', '\u1f80', '\U00010400', '\U00010428', '\u0587', '\u4e2d', -5, 0x110000}
	for _, r := range runes {
		fmt.Printf("%U up=%U lo=%U ti=%U | %U %U %U\n", r,
			unicode.ToUpper(r), unicode.ToLower(r), unicode.ToTitle(r),
			unicode.To(unicode.UpperCase, r), unicode.To(unicode.LowerCase, r),
			unicode.To(unicode.TitleCase, r))
	}
	fmt.Println(unicode.To(unicode.MaxCase, 'a') == unicode.ReplacementChar)
	fmt.Println(unicode.MaxRune, unicode.ReplacementChar, unicode.MaxASCII, unicode.MaxLatin1)
	fmt.Println(unicode.UpperCase, unicode.LowerCase, unicode.TitleCase, unicode.MaxCase, unicode.Version)
}
