// Parse errors carry Go's messages and ParseError fields: a value that
// does not match an element, fields out of range, extra text, an invalid
// date, day-of-year conflicts, and unprintable bytes in the quoted value.
package main

import (
	"fmt"
	"time"
)

func main() {
	cases := [][2]string{
		{"2006-01-02", "x"},
		{"2006-01-02", "2023-02-29"},
		{"2006-01-02", "2023-13-01"},
		{"2006-01-02", "2023-00-10"},
		{"2006-01-02", "2023-04-31"},
		{"2006-01-02", "2023-01-00"},
		{"2006-01-02", "2023-01-01 and more"},
		{"2006-01-02", "2023-1-01"},
		{"2006-01-02", "2023/01/01"},
		{"2006-01-02", "20x3-01-01"},
		{"2006-01-02", ""},
		{"06-01-02", "2x-01-02"},
		{"15:04:05", "24:00:00"},
		{"15:04:05", "12:60:00"},
		{"15:04:05", "12:00:60"},
		{"3:04PM", "13:04PM"},
		{"3:04PM", "3:04XM"},
		{"3:04PM", "3:04P"},
		{"Jan 2", "Jam 2"},
		{"Monday", "Fri"},
		{"Mon Jan 2", "Mon Feb 30"},
		{"2006 002", "2023 366"},
		{"2006 002", "2024 000"},
		{"2006 002", "2023 45"},
		{"2006-01 002", "2023-03 032"},
		{"2006-01-02 002", "2023-02-02 032"},
		{"15:04:05.000", "10:00:00.12"},
		{"15:04:05.000", "10:00:00.-12"},
		{"15:04:05 -0700", "10:00:00 +01"},
		{"15:04:05 -07:00", "10:00:00 +0100"},
		{"15:04:05 -0700", "10:00:00 *0100"},
		{"15:04:05 MST", "10:00:00 Pacific"},
		{"15:04:05 Z07:00", "10:00:00 z"},
		{"2006-01-02", "\x01\xff\u00e9\"\\"},
	}
	for _, c := range cases {
		_, err := time.Parse(c[0], c[1])
		fmt.Println(err)
		if pe, ok := err.(*time.ParseError); ok {
			fmt.Printf("  Layout=%q Value=%q LayoutElem=%q ValueElem=%q Message=%q\n", pe.Layout, pe.Value, pe.LayoutElem, pe.ValueElem, pe.Message)
		}
	}
}
