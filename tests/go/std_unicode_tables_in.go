// unicode.In, IsOneOf and Is on edge runes (negative, beyond MaxRune, range
// ends, strided ranges) and on a RangeTable built by the program itself.
package main

import (
	"fmt"
	"unicode"
)

func main() {
	runes := []rune{-1, 0, ' ', '0', '9', 'A', 'Z', 'a', 'z', '_', '!', '\u00a0', '\u00b5', '\u00c0', '\u01c5', '\u0100', '\u0101',
		'\u0391', '\u03c9', '\u0416', '\u0627', '\u0661', '\u3042', '\u30a2', '\u4e16', '\uac00', '\u2028', '\u3000', '\uffff',
		0x10000, 0x1d400, 0x1f600, 0x20000, 0x2fa1d, unicode.MaxRune, unicode.MaxRune + 1}
	for _, r := range runes {
		fmt.Printf("%#x L=%v Nd=%v N=%v Lu=%v Ll=%v Lt=%v P=%v Z=%v WS=%v S=%v M=%v", r,
			unicode.Is(unicode.L, r), unicode.Is(unicode.Nd, r), unicode.Is(unicode.N, r),
			unicode.Is(unicode.Lu, r), unicode.Is(unicode.Ll, r), unicode.Is(unicode.Lt, r),
			unicode.Is(unicode.P, r), unicode.Is(unicode.Z, r), unicode.Is(unicode.White_Space, r),
			unicode.Is(unicode.S, r), unicode.Is(unicode.M, r))
		fmt.Printf(" CJK=%v Cyr/Greek=%v none=%v oneof=%v\n",
			unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Hangul),
			unicode.In(r, unicode.Cyrillic, unicode.Greek), unicode.In(r),
			unicode.IsOneOf([]*unicode.RangeTable{unicode.Latin, unicode.Arabic}, r))
	}
	vowels := &unicode.RangeTable{
		R16: []unicode.Range16{{'A', 'A', 1}, {'E', 'E', 1}, {'a', 'i', 4}, {'o', 'u', 6}},
		R32: []unicode.Range32{{0x10000, 0x10010, 8}},
	}
	for _, r := range "AEIOUaeiouxyz" {
		fmt.Print(string(r), unicode.Is(vowels, r), " ")
	}
	fmt.Println(unicode.Is(vowels, 0x10008), unicode.Is(vowels, 0x10009), unicode.Is(&unicode.RangeTable{}, 'a'))
}
