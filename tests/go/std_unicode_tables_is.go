// unicode.Is over the named RangeTables: per table, the number of member
// runes and a position-weighted checksum over a sample of code points,
// plus the table shapes and the aliases' identity.
package main

import (
	"fmt"
	"unicode"
)

func main() {
	tables := []struct {
		name  string
		table *unicode.RangeTable
	}{
		{"Letter", unicode.Letter}, {"Digit", unicode.Digit}, {"Number", unicode.Number},
		{"Upper", unicode.Upper}, {"Lower", unicode.Lower}, {"Title", unicode.Title},
		{"Punct", unicode.Punct}, {"Space", unicode.Space}, {"White_Space", unicode.White_Space},
		{"Symbol", unicode.Symbol}, {"Mark", unicode.Mark}, {"Han", unicode.Han},
		{"Latin", unicode.Latin}, {"Greek", unicode.Greek}, {"Cyrillic", unicode.Cyrillic},
		{"Arabic", unicode.Arabic}, {"Hiragana", unicode.Hiragana}, {"Katakana", unicode.Katakana},
		{"Hangul", unicode.Hangul},
	}
	for _, t := range tables {
		count, sum := 0, 0
		for r := rune(0); r < 0x800; r++ {
			if unicode.Is(t.table, r) {
				count++
				sum = (sum*31 + int(r)) % 1000000007
			}
		}
		for r := rune(0x800); r <= unicode.MaxRune; r += 97 {
			if unicode.Is(t.table, r) {
				count++
				sum = (sum*31 + int(r)) % 1000000007
			}
		}
		fmt.Printf("%-12s R16=%d R32=%d LatinOffset=%d count=%d sum=%d\n", t.name, len(t.table.R16), len(t.table.R32), t.table.LatinOffset, count, sum)
	}
	fmt.Println(unicode.Letter == unicode.L, unicode.Digit == unicode.Nd, unicode.Number == unicode.N,
		unicode.Upper == unicode.Lu, unicode.Lower == unicode.Ll, unicode.Title == unicode.Lt,
		unicode.Punct == unicode.P, unicode.Symbol == unicode.S, unicode.Mark == unicode.M, unicode.Space == unicode.Z)
	fmt.Println(unicode.Letter.R16[0], unicode.Letter.R32[0], unicode.Han.R32[len(unicode.Han.R32)-1])
}
