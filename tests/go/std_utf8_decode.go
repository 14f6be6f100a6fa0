// Exercises utf8.DecodeRune and DecodeRuneInString on valid and invalid byte sequences.
package main

import (
	"fmt"
	"unicode/utf8"
)

func main() {
	inputs := []string{"", "a", "é", "世", "😀", "\x80", "\xc0\x80", "\xc1\xbf", "\xc2",
		"\xc2\x7f", "\xe0\x80\x80", "\xe0\xa0\x80", "\xed\xa0\x80", "\xed\x9f\xbf",
		"\xef\xbf\xbd", "\xf0\x8f\xbf\xbf", "\xf0\x90\x80\x80", "\xf4\x8f\xbf\xbf",
		"\xf4\x90\x80\x80", "\xf5\x80\x80\x80", "\xff", "\xe4\xb8", "\xf0\x9f\x98"}
	for _, s := range inputs {
		r, n := utf8.DecodeRuneInString(s)
		r2, n2 := utf8.DecodeRune([]byte(s))
		fmt.Printf("%q: %U %d | %U %d | full=%v %v\n", s, r, n, r2, n2, utf8.FullRuneInString(s), utf8.FullRune([]byte(s)))
	}
	s := "a\xffé\xe4\xb8世"
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		fmt.Print(i, ":", r, "/", n, " ")
		i += n
	}
	fmt.Println()
	for i, r := range s {
		fmt.Print(i, "=", r, " ")
	}
	fmt.Println()
}
