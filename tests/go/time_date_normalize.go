// time.Date normalizes fields out of range in both directions, AddDate
// normalizes the same way (October 31 plus a month is December 1), and
// Date panics on a nil Location.
package main

import (
	"fmt"
	"time"
)

func main() {
	cases := [][7]int{
		{2021, 14, 35, 25, 61, 61, 1000000005},
		{2021, -3, -40, -5, -70, -3, -7},
		{2021, 0, 0, 0, 0, 0, 0},
		{2021, 1, 1, 0, 0, 0, -1},
		{2020, 2, 30, 0, 0, 0, 0},
		{2019, 2, 29, 24, 0, 0, 0},
		{2000, 12, 31, 23, 59, 59, 1999999999},
		{1, 1, 1, 0, 0, -1, 0},
		{0, 0, 0, 0, 0, 0, 0},
		{2023, 6, 15, 100000, 0, 0, 0},
		{2023, 6, 15, 0, 0, -100000000, 0},
		{2023, 1200, 1, 0, 0, 0, 0},
	}
	for _, c := range cases {
		t := time.Date(c[0], time.Month(c[1]), c[2], c[3], c[4], c[5], c[6], time.UTC)
		fmt.Println(c, "->", t)
	}
	loc := time.FixedZone("X", -7*3600)
	fmt.Println(time.Date(2023, 3, 5, 1, 0, 0, 0, loc), time.Date(2023, 3, 5, 1, 0, 0, 0, loc).UTC())

	base := time.Date(2020, time.October, 31, 22, 30, 15, 7, loc)
	for _, d := range [][3]int{{0, 1, 0}, {0, 4, 0}, {1, 0, 0}, {0, 0, 1}, {0, 0, -366}, {-1, 2, 3}, {0, -10, 0}, {100, 0, 0}, {0, 0, 36500}, {-2020, 0, 0}} {
		fmt.Println(d, base.AddDate(d[0], d[1], d[2]))
	}
	leap := time.Date(2020, time.February, 29, 12, 0, 0, 0, time.UTC)
	fmt.Println(leap.AddDate(1, 0, 0), leap.AddDate(4, 0, 0), leap.AddDate(0, 12, 0), leap.AddDate(0, 0, 365))

	defer func() { fmt.Println("recovered:", recover()) }()
	time.Date(2020, 1, 1, 0, 0, 0, 0, nil)
}
