// Exercises utf8.Valid, ValidString, RuneCount and RuneCountInString on mixed input.
package main

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

func main() {
	inputs := []string{"", "hello", "héllo wörld", "日本語", "\xff", "a\xffb", "\xed\xa0\x80",
		"\xf4\x8f\xbf\xbf", "\xf4\x90\x80\x80", "\xc0\xaf", "\xe2\x82", "€€€", "a\x00b",
		strings.Repeat("ab", 20) + "\x80", strings.Repeat("é", 17)}
	for _, s := range inputs {
		fmt.Printf("%q valid=%v/%v count=%d/%d len=%d runes=%d\n", s, utf8.ValidString(s), utf8.Valid([]byte(s)),
			utf8.RuneCountInString(s), utf8.RuneCount([]byte(s)), len(s), len([]rune(s)))
	}
	fmt.Println(string([]rune("a\xffb")) == "a\uFFFDb", []byte(string(rune(0xd800))))
	fmt.Println(strings.ToValidUTF8("a\xff\xfeb\xc0", "?"))
}
