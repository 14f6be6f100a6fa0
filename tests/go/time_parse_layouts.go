// Custom layouts in Parse: two-digit years around the 1969 pivot, month
// and weekday names in any case, padded days, days of the year, am/pm,
// runs of spaces, fractional seconds after the seconds when the layout has
// none, and elements left out (defaulting to January 1 of year 0).
package main

import (
	"fmt"
	"time"
)

func main() {
	cases := [][2]string{
		{"06-01-02", "68-12-31"},
		{"06-01-02", "69-01-01"},
		{"06-01-02", "00-02-29"},
		{"Jan 2 2006", "feb 3 2020"},
		{"January 2 2006", "AUGUST 15 1947"},
		{"Monday, January 2", "friday, july 4"},
		{"_2 Jan", " 7 Mar"},
		{"_2 Jan", "17 Mar"},
		{"2 Jan", "7 Mar"},
		{"2006 002", "2024 060"},
		{"2006 002", "2023 060"},
		{"2006 __2", "2024  60"},
		{"2006 __2", "2024   9"},
		{"2006-01-02 002", "2024-03-01 061"},
		{"3:04pm", "3:04am"},
		{"3:04pm", "12:59am"},
		{"03:04 PM", "12:01 PM"},
		{"15:04", "23:59"},
		{"2006  01   02", "2020 1 2"},
		{"2006 01 02", "2020    01  02"},
		{"15:04:05", "14:07:09.5"},
		{"15:04:05", "14:07:09,123456789999"},
		{"15:04:05.999", "14:07:09"},
		{"15:04:05.999", "14:07:09.123456789"},
		{"15:04:05,000000", "14:07:09,000042"},
		{"3:04", "9:30"},
		{"Jan", "Dec"},
		{"_2006", "_1999"},
		{"", ""},
		{"2006-01-02T15:04:05", "2006-01-02T15:04:05"},
	}
	for _, c := range cases {
		t, err := time.Parse(c[0], c[1])
		if err != nil {
			fmt.Printf("%-22q %-26q error: %v\n", c[0], c[1], err)
			continue
		}
		fmt.Printf("%-22q %-26q %v %s %d\n", c[0], c[1], t, t.Weekday(), t.YearDay())
	}
}
