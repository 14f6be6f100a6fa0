// Calendar fields of many instants: Date, Year, Month, Day, YearDay,
// Weekday, ISOWeek (weeks 52 and 53 and week 1 across year ends), Clock,
// Hour, Minute, Second, Nanosecond, in UTC and in zones that move the date.
package main

import (
	"fmt"
	"time"
)

func main() {
	zones := []*time.Location{time.UTC, time.FixedZone("W", -11*3600), time.FixedZone("E", 13*3600+45*60)}
	instants := []int64{0, -1, 86399, 951782400, 1078012800, 1136239445, 1704067199, 1709164800, 4102444800, -62135596800, -62135596801, 253402300799, -12219292800}
	for _, u := range instants {
		for _, loc := range zones {
			t := time.Unix(u, 123).In(loc)
			y, m, d := t.Date()
			iy, iw := t.ISOWeek()
			h, mi, s := t.Clock()
			fmt.Printf("%-36v %d %v %d | %d %v %d %d %v | iso %d-W%02d | %02d:%02d:%02d %d %d %d %d\n",
				t, y, m, d, t.Year(), t.Month(), t.Day(), t.YearDay(), t.Weekday(), iy, iw, h, mi, s, t.Hour(), t.Minute(), t.Second(), t.Nanosecond())
		}
	}
	// ISO weeks around every new year of a 28-year cycle.
	for y := 2000; y < 2028; y++ {
		fmt.Print(y, ":")
		for _, md := range [][2]int{{12, 28}, {12, 29}, {12, 31}, {1, 1}, {1, 3}, {1, 4}} {
			year := y
			if md[0] == 1 {
				year = y + 1
			}
			t := time.Date(year, time.Month(md[0]), md[1], 12, 0, 0, 0, time.UTC)
			iy, iw := t.ISOWeek()
			fmt.Printf(" %s=%d-%d", t.Format("Jan02Mon"), iy, iw)
		}
		fmt.Println()
	}
	// Leap years and the length of February.
	for _, y := range []int{1600, 1700, 1800, 1900, 2000, 2023, 2024, 2100, 2400, -4, -100, 0} {
		t := time.Date(y, time.March, 0, 0, 0, 0, 0, time.UTC)
		fmt.Print(y, ":", t.Day(), ":", time.Date(y, time.December, 31, 0, 0, 0, 0, time.UTC).YearDay(), " ")
	}
	fmt.Println()
}
