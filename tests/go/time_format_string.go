// Time.String, GoString (%#v) and fmt's verbs on Time values, the zero
// Time, times far from the present, and Month and Weekday names.
package main

import (
	"fmt"
	"time"
)

type event struct {
	Name string
	At   time.Time
	Dur  time.Duration
}

func main() {
	var zero time.Time
	fmt.Println(zero, zero.IsZero())
	fmt.Printf("%v|%s|%d\n", zero, zero, zero.Year())
	fmt.Printf("%#v\n", zero)

	times := []time.Time{
		time.Date(2023, time.March, 5, 14, 7, 9, 120000000, time.UTC),
		time.Date(-1, time.January, 1, 0, 0, 0, 0, time.UTC),
		time.Date(-2000, time.June, 30, 6, 30, 0, 0, time.UTC),
		time.Date(12345, time.October, 12, 1, 2, 3, 4, time.UTC),
		time.Date(1900, time.February, 28, 23, 0, 0, 0, time.FixedZone("XYZ", -4*3600)),
		time.Date(2001, time.May, 5, 5, 5, 5, 5, time.FixedZone("", 90*60)),
		time.Unix(0, 0).UTC(),
		time.Unix(1<<33, 999).UTC(),
	}
	for _, t := range times {
		fmt.Println(t)
		fmt.Printf("%v %#v\n", t.String() == fmt.Sprint(t), t)
	}
	fmt.Printf("%#v\n", time.Date(2020, 1, 2, 3, 4, 5, 6, time.FixedZone("Somewhere/Odd \"zone\"", 60)))

	e := event{"launch", times[0], 90 * time.Minute}
	fmt.Printf("%v\n%+v\n", e, e)
	fmt.Println(&e.At == &e.At, []time.Time{times[0], times[6]})

	for m := time.Month(-1); m <= 14; m++ {
		fmt.Print(m, " ")
	}
	fmt.Println()
	for d := time.Weekday(-1); d <= 8; d++ {
		fmt.Print(d, " ")
	}
	fmt.Println()
	fmt.Printf("%v %d %s %q\n", time.April, time.April, time.Saturday, time.Tuesday)
}
