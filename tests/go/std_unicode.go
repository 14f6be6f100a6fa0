package main

import (
	"fmt"
	"unicode"
)

func main() {
	runes := []rune{'a', 'Z', '5', ' ', '\t', '\n', '!', '_', '-', 'é', 'Ä', 'ß', 'ǅ', 'Σ', 'σ', 'ς', '٣', '½', 'Ⅻ', '\u00a0', '\u2003', '\u3000', '\u0085', '世', '€', '©', '\u0301', 0x1F600, '\u00ad', 0x10FFFF, -1, 0x110000, '\u212a', 'ÿ', 'Ÿ', 'İ', 'ı', 'ǆ', '\x7f', '\u009f'}
	for _, r := range runes {
		fmt.Printf("%U L%v D%v N%v S%v U%v Lo%v T%v P%v M%v Sy%v Pr%v G%v C%v up=%U lo=%U ti=%U fold=%U\n", r,
			unicode.IsLetter(r), unicode.IsDigit(r), unicode.IsNumber(r), unicode.IsSpace(r), unicode.IsUpper(r), unicode.IsLower(r), unicode.IsTitle(r),
			unicode.IsPunct(r), unicode.IsMark(r), unicode.IsSymbol(r), unicode.IsPrint(r), unicode.IsGraphic(r), unicode.IsControl(r),
			unicode.ToUpper(r), unicode.ToLower(r), unicode.ToTitle(r), unicode.SimpleFold(r))
	}
	fmt.Println(unicode.To(unicode.UpperCase, 'q'), unicode.To(7, 'q'), unicode.MaxRune, unicode.ReplacementChar, unicode.MaxASCII, unicode.MaxLatin1, unicode.Version)
	orbit := []rune{'K'}
	for r := unicode.SimpleFold('K'); r != 'K'; r = unicode.SimpleFold(r) {
		orbit = append(orbit, r)
	}
	fmt.Printf("%U\n", orbit)
	count := 0
	for r := rune(0); r < 0x3000; r++ {
		if unicode.IsLetter(r) && unicode.IsUpper(r) {
			count++
		}
	}
	fmt.Println(count)
}
