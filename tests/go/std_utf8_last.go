// Exercises utf8.DecodeLastRune(InString) walking strings backwards, including bad tails.
package main

import (
	"fmt"
	"unicode/utf8"
)

func backwards(s string) {
	for len(s) > 0 {
		r, n := utf8.DecodeLastRuneInString(s)
		fmt.Printf("%U/%d ", r, n)
		s = s[:len(s)-n]
	}
	fmt.Println()
}

func main() {
	for _, s := range []string{"", "abc", "héllo", "世界😀", "a\x80", "\xe4\xb8\x96\x96", "\xbf\xbf\xbf\xbf\xbf",
		"x\xf0\x9f\x98", "\xed\xa0\x80", "\xc3"} {
		fmt.Printf("%q: ", s)
		backwards(s)
		r, n := utf8.DecodeLastRune([]byte(s))
		fmt.Println(" bytes:", r, n)
	}
	for i := 0; i < 6; i++ {
		fmt.Print(utf8.RuneStart("a\xe4\xb8\x96\x80b"[i]), " ")
	}
	fmt.Println()
}
