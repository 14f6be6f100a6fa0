// Zone output: numeric offsets in every style, the Z styles for UTC,
// offsets with seconds and negative fractions of an hour, unnamed zones
// (MST prints the offset), and Zone/Location on the same times.
package main

import (
	"fmt"
	"time"
)

func main() {
	offsets := []int{0, 3600, -3600, 5*3600 + 30*60, -(3*3600 + 30*60), 45 * 60, -30 * 60, -30, 17, 14 * 3600, -12 * 3600, 5*3600 + 45*60 + 17, -(7*3600 + 59)}
	layout := "MST|-0700|-07:00|-07|-070000|-07:00:00|Z0700|Z07:00|Z07|Z070000|Z07:00:00"
	base := time.Date(2022, time.August, 9, 10, 11, 12, 0, time.UTC)
	for _, off := range offsets {
		for _, name := range []string{"", "ZZZ"} {
			loc := time.FixedZone(name, off)
			t := base.In(loc)
			zname, zoff := t.Zone()
			fmt.Printf("%6d %-4q %s %s %q %d %v\n", off, name, t.Format(layout), t.Format(time.RFC3339), zname, zoff, t.Location())
		}
	}
	fmt.Println(base.Format(layout))
	fmt.Println(base.In(time.UTC).Format(time.RFC1123), base.In(time.FixedZone("UTC", 0)).Format(time.RFC3339))
	fmt.Println(time.UTC, time.UTC.String(), time.FixedZone("Mars/Olympus", 123))
}
