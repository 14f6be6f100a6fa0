// Parsing the predefined layouts and formatting the result again: RFC3339
// with Z and offsets, RFC1123Z, ANSIC's padded day, Kitchen's 12-hour
// clock. Zones come from ParseInLocation's location or a fixed offset, so
// the output does not depend on the machine's local zone.
package main

import (
	"fmt"
	"time"
)

func main() {
	cet := time.FixedZone("CET", 3600)
	cases := []struct{ layout, value string }{
		{time.RFC3339, "2023-03-05T14:07:09Z"},
		{time.RFC3339, "2023-03-05T14:07:09+01:00"},
		{time.RFC3339, "2023-03-05T14:07:09-07:30"},
		{time.RFC3339, "2023-03-05T14:07:09.25Z"},
		{time.RFC3339Nano, "2023-03-05T14:07:09.123456789+05:30"},
		{time.RFC3339Nano, "1985-04-12T23:20:50.52Z"},
		{time.RFC1123Z, "Sun, 05 Mar 2023 14:07:09 +0100"},
		{time.RFC1123Z, "Mon, 02 Jan 2006 15:04:05 -0700"},
		{time.RFC822Z, "05 Mar 23 14:07 -0200"},
		{time.RubyDate, "Sun Mar 05 14:07:09 +0100 2023"},
		{time.ANSIC, "Sun Mar  5 14:07:09 2023"},
		{time.ANSIC, "Thu Mar 16 04:00:00 2023"},
		{time.Kitchen, "3:04PM"},
		{time.Kitchen, "12:00AM"},
		{time.Kitchen, "12:30PM"},
		{time.Stamp, "Feb  3 04:05:06"},
		{time.StampNano, "Feb 13 04:05:06.000000007"},
		{"2006-01-02", "2024-02-29"},
		{"2006-01-02 15:04:05", "0000-01-01 00:00:00"},
		{"2006-01-02 15:04:05", "9999-12-31 23:59:59"},
	}
	for _, c := range cases {
		t, err := time.ParseInLocation(c.layout, c.value, cet)
		if err != nil {
			fmt.Println("error:", err)
			continue
		}
		name, offset := t.Zone()
		fmt.Printf("%-38q %v | %s | %s %d %d\n", c.value, t, t.Format(c.layout), name, offset, t.Unix())
	}
	for _, v := range []string{"2023-03-05T14:07:09Z", "2023-03-05T14:07:09.5Z", "2006-01-02T15:04:05Z"} {
		t, err := time.Parse(time.RFC3339, v)
		fmt.Println(t, err, t.Location(), t.UnixNano())
	}
	t, err := time.Parse("2006-01-02 15:04", "2020-06-01 10:00")
	fmt.Println(t, err, t.Location() == time.UTC)
}
