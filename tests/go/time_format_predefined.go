// Every predefined layout of package time applied to times in UTC, in
// named and unnamed fixed zones, at the edges of the day and year.
package main

import (
	"fmt"
	"time"
)

func main() {
	layouts := []struct {
		name   string
		layout string
	}{
		{"Layout", time.Layout},
		{"ANSIC", time.ANSIC},
		{"UnixDate", time.UnixDate},
		{"RubyDate", time.RubyDate},
		{"RFC822", time.RFC822},
		{"RFC822Z", time.RFC822Z},
		{"RFC850", time.RFC850},
		{"RFC1123", time.RFC1123},
		{"RFC1123Z", time.RFC1123Z},
		{"RFC3339", time.RFC3339},
		{"RFC3339Nano", time.RFC3339Nano},
		{"Kitchen", time.Kitchen},
		{"Stamp", time.Stamp},
		{"StampMilli", time.StampMilli},
		{"StampMicro", time.StampMicro},
		{"StampNano", time.StampNano},
	}
	pst := time.FixedZone("PST", -8*3600)
	ist := time.FixedZone("IST", 5*3600+30*60)
	anon := time.FixedZone("", -3*3600)
	times := []time.Time{
		time.Date(2006, time.January, 2, 15, 4, 5, 0, pst),
		time.Date(2023, time.March, 5, 9, 7, 9, 123456789, time.UTC),
		time.Date(1999, time.December, 31, 23, 59, 59, 999999999, ist),
		time.Date(2024, time.February, 29, 0, 0, 0, 1000, anon),
		time.Date(2000, time.July, 14, 12, 0, 0, 500000000, time.UTC),
	}
	for _, t := range times {
		fmt.Println(t)
		for _, l := range layouts {
			fmt.Printf("  %-12s %q\n", l.name, t.Format(l.layout))
		}
	}
}
