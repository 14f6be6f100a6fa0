package main

import (
	"fmt"
	"unicode/utf8"
)

func main() {
	for _, r := range []rune{'a', 'é', '€', 0x1F600, -1, 0xD800, 0x10FFFF, 0x110000} {
		buf := make([]byte, 4)
		n := utf8.EncodeRune(buf, r)
		fmt.Println(r, utf8.RuneLen(r), utf8.ValidRune(r), buf[:n], n, utf8.AppendRune([]byte("x"), r))
	}
	for _, s := range []string{"", "a", "é", "€x", "😀", "\xff", "\xe2\x82", "\xe2\x82\xac", "\xc0\x80", "\xed\xa0\x80", "\xf4\x90\x80\x80", "\xf0\x9f\x98", "a\xffb"} {
		r, size := utf8.DecodeRuneInString(s)
		lr, lsize := utf8.DecodeLastRuneInString(s)
		br, bsize := utf8.DecodeRune([]byte(s))
		blr, blsize := utf8.DecodeLastRune([]byte(s))
		fmt.Printf("%q %U %d %U %d %U %d %U %d count=%d %d valid=%v %v full=%v %v\n", s, r, size, lr, lsize, br, bsize, blr, blsize,
			utf8.RuneCountInString(s), utf8.RuneCount([]byte(s)), utf8.ValidString(s), utf8.Valid([]byte(s)), utf8.FullRuneInString(s), utf8.FullRune([]byte(s)))
	}
	fmt.Println(utf8.RuneStart(0x80), utf8.RuneStart('a'), utf8.RuneStart(0xe2), utf8.RuneError, utf8.UTFMax, utf8.RuneSelf, utf8.MaxRune)
	s := "héllo, 世界"
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		fmt.Print(string(r), size, " ")
		i += size
	}
	fmt.Println()
}
