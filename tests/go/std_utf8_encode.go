// Exercises utf8.RuneLen, EncodeRune, AppendRune and ValidRune at the encoding boundaries.
package main

import (
	"fmt"
	"unicode/utf8"
)

func main() {
	runes := []rune{0, 0x7f, 0x80, 0x7ff, 0x800, 0xd7ff, 0xd800, 0xdfff, 0xe000, 0xfffd, 0xffff,
		0x10000, 0x10ffff, 0x110000, -1, 'é', '世', '😀'}
	for _, r := range runes {
		buf := make([]byte, 4)
		n := utf8.EncodeRune(buf, r)
		fmt.Printf("%d %d % x %v\n", r, utf8.RuneLen(r), buf[:n], utf8.ValidRune(r))
	}
	var b []byte
	for _, r := range []rune{'a', 'é', 0xd800, '世', '😀', -3} {
		b = utf8.AppendRune(b, r)
	}
	fmt.Printf("% x %d %q\n", b, len(b), b)
	fmt.Println(utf8.UTFMax, utf8.RuneSelf, utf8.MaxRune, utf8.RuneError)
}
