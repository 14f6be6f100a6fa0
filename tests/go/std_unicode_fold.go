// Exercises unicode.SimpleFold orbits, including multi-element ones.
package main

import (
	"fmt"
	"unicode"
)

func orbit(r rune) []rune {
	out := []rune{r}
	for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
		out = append(out, f)
		if len(out) > 10 {
			break
		}
	}
	return out
}

func main() {
	for _, r := range []rune{'A', 'a', 'k', 'K', '\u212a', 's', '\u017f', '1', '\u00b5',
		'\u03bc', '\u0398', '\u03d1', '\u1e9e', '\u00df', '\u0345', '\u2126', '\U00010400',
		'\u4e2d', '\u01c4', '\u01c5'} {
		fmt.Printf("%U:", r)
		for _, o := range orbit(r) {
			fmt.Printf(" %U", o)
		}
		fmt.Println()
	}
	fmt.Printf("%U %U %U\n", unicode.SimpleFold(-2), unicode.SimpleFold(0x110000), unicode.SimpleFold(unicode.MaxRune))
}
