// Time.Truncate and Time.Round to multiples of durations since the zero
// Time: sub-second, whole seconds, odd durations (the 128-bit remainder),
// halfway values, times before year 1, and a zone with a half-hour offset.
package main

import (
	"fmt"
	"time"
)

func main() {
	ds := []time.Duration{0, -time.Second, 1, 3, 7, time.Microsecond, 250 * time.Millisecond, time.Second, 7 * time.Second,
		time.Minute, 90 * time.Minute, time.Hour, 24 * time.Hour, 1234567891, 3*time.Hour + 17, 1<<63 - 1}
	times := []time.Time{
		time.Date(2023, 3, 5, 14, 7, 9, 123456789, time.UTC),
		time.Date(2023, 3, 5, 14, 30, 0, 500000000, time.FixedZone("X", 5*3600+1800)),
		time.Date(-5, 3, 5, 14, 7, 9, 523456789, time.UTC),
		time.Date(0, 12, 31, 23, 59, 59, 500000000, time.UTC),
		time.Date(1, 1, 1, 0, 0, 0, 0, time.UTC),
		time.Unix(1<<40, 999999999).UTC(),
	}
	for _, t := range times {
		fmt.Println(t)
		for _, d := range ds {
			fmt.Printf("  %-16v %v | %v\n", d, t.Truncate(d), t.Round(d))
		}
	}
}
