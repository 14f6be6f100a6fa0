// How a parsed zone is resolved: Z and UTC are UTC; an offset or an
// abbreviation known to the location (ParseInLocation's) takes that
// location; others become fixed zones (GMT+h keeps its hours, an unknown
// abbreviation gets offset 0); no zone takes the given location.
package main

import (
	"fmt"
	"time"
)

func show(t time.Time, err error) {
	if err != nil {
		fmt.Println("error:", err)
		return
	}
	name, offset := t.Zone()
	fmt.Printf("%v | %s %d | loc=%v | unix=%d\n", t, name, offset, t.Location(), t.Unix())
}

func main() {
	est := time.FixedZone("EST", -5*3600)
	layout := "2006-01-02 15:04 MST"
	for _, v := range []string{
		"2020-07-01 12:00 EST", "2020-07-01 12:00 UTC", "2020-07-01 12:00 PDT", "2020-07-01 12:00 GMT",
		"2020-07-01 12:00 GMT+3", "2020-07-01 12:00 GMT-11", "2020-07-01 12:00 +03", "2020-07-01 12:00 -1130",
		"2020-07-01 12:00 ChST", "2020-07-01 12:00 WITA", "2020-07-01 12:00 AEST", "2020-07-01 12:00 ACDT",
		"2020-07-01 12:00 ABCDE", "2020-07-01 12:00 GMT+30",
	} {
		show(time.ParseInLocation(layout, v, est))
	}
	for _, v := range []string{"2020-07-01 12:00 -0500", "2020-07-01 12:00 +0000", "2020-07-01 12:00 -0430", "2020-07-01 12:00 Z"} {
		show(time.ParseInLocation("2006-01-02 15:04 Z0700", v, est))
	}
	show(time.ParseInLocation("2006-01-02 15:04 -0700 MST", "2020-07-01 12:00 -0500 EST", est))
	show(time.ParseInLocation("2006-01-02 15:04 -0700 MST", "2020-07-01 12:00 -0500 CDT", est))
	show(time.ParseInLocation("2006-01-02 15:04", "2020-07-01 12:00", est))
	t, _ := time.ParseInLocation("2006-01-02 15:04 -0700", "2020-07-01 12:00 -0500", est)
	fmt.Println(t.Location() == est)
	show(time.Parse("2006-01-02 15:04 MST", "2020-07-01 12:00 UTC"))
	show(time.Parse(time.RFC3339, "2020-07-01T12:00:00Z"))
	show(time.Parse("2006-01-02 15:04 -07:00:00", "2020-07-01 12:00 +01:02:03"))
}
