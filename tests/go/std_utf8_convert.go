// Converts between strings, rune slices and bytes via utf8 to check round trips.
package main

import (
	"fmt"
	"unicode/utf8"
)

func reverse(s string) string {
	buf := make([]byte, 0, len(s))
	for len(s) > 0 {
		r, n := utf8.DecodeLastRuneInString(s)
		buf = utf8.AppendRune(buf, r)
		s = s[:len(s)-n]
	}
	return string(buf)
}

func truncate(s string, max int) string {
	if len(s) <= max {
		return s
	}
	for max > 0 && !utf8.RuneStart(s[max]) {
		max--
	}
	return s[:max]
}

func main() {
	for _, s := range []string{"héllo, 世界!", "😀x😀", "bad\xffbyte"} {
		fmt.Printf("%q -> %q\n", s, reverse(s))
		for i := 0; i <= len(s); i += 3 {
			fmt.Printf(" %d:%q", i, truncate(s, i))
		}
		fmt.Println()
	}
	rs := []rune{'G', 'o', '语', 0x1F680, -1, 0x10FFFF + 1}
	s := string(rs)
	fmt.Printf("%q %d %d\n", s, len(s), utf8.RuneCountInString(s))
	total := 0
	for _, r := range rs {
		total += utf8.RuneLen(r)
	}
	fmt.Println(total)
	fmt.Println(string(rune(65)), string(rune(-1)) == "\uFFFD", fmt.Sprintf("%c|%c", 0x4e16, 0xd800))
}
