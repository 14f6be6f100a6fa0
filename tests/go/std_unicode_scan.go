// Counts unicode classes over a block of code points to cover table boundaries.
package main

import (
	"fmt"
	"unicode"
)

func main() {
	ranges := [][2]rune{{0, 0x250}, {0x370, 0x400}, {0x2000, 0x2100}, {0x3000, 0x3100}, {0xff00, 0x10000}, {0x1f300, 0x1f400}}
	for _, rg := range ranges {
		var letters, digits, numbers, spaces, upper, lower, punct, symbol, mark, print, graphic, control int
		var fold, uc, lc int
		for r := rg[0]; r < rg[1]; r++ {
			if unicode.IsLetter(r) {
				letters++
			}
			if unicode.IsDigit(r) {
				digits++
			}
			if unicode.IsNumber(r) {
				numbers++
			}
			if unicode.IsSpace(r) {
				spaces++
			}
			if unicode.IsUpper(r) {
				upper++
			}
			if unicode.IsLower(r) {
				lower++
			}
			if unicode.IsPunct(r) {
				punct++
			}
			if unicode.IsSymbol(r) {
				symbol++
			}
			if unicode.IsMark(r) {
				mark++
			}
			if unicode.IsPrint(r) {
				print++
			}
			if unicode.IsGraphic(r) {
				graphic++
			}
			if unicode.IsControl(r) {
				control++
			}
			if unicode.SimpleFold(r) != r {
				fold++
			}
			if unicode.ToUpper(r) != r {
				uc++
			}
			if unicode.ToLower(r) != r {
				lc++
			}
		}
		fmt.Printf("%X-%X: L%d D%d N%d S%d U%d l%d P%d Y%d M%d p%d G%d C%d f%d u%d o%d\n", rg[0], rg[1],
			letters, digits, numbers, spaces, upper, lower, punct, symbol, mark, print, graphic, control, fold, uc, lc)
	}
}
