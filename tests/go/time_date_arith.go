// Instant arithmetic: Add and Sub (saturating at the Duration limits),
// Before/After/Equal across zones, == against Equal, Unix conversions in
// both directions (negative nanoseconds carried), UTC/In/Location.
package main

import (
	"fmt"
	"time"
)

func main() {
	a := time.Date(2023, time.March, 5, 14, 7, 9, 500, time.UTC)
	b := a.In(time.FixedZone("B", 2*3600))
	fmt.Println(a, b, a.Equal(b), a == b, a == b.UTC(), a.Before(b), a.After(b))
	c := a.Add(90*time.Minute + 3*time.Nanosecond)
	fmt.Println(c, c.Sub(a), a.Sub(c), c.After(a), c.Before(a))
	fmt.Println(a.Add(-1), a.Add(-a.Sub(time.Unix(0, 0))), a.Add(1<<63-1), a.Add(-1<<63))
	var zero time.Time
	far := time.Date(9999, 1, 1, 0, 0, 0, 0, time.UTC)
	fmt.Println(a.Sub(zero), zero.Sub(a), far.Sub(zero), zero.Sub(far), far.Sub(far))
	fmt.Println(zero.Add(-time.Second), zero.Add(-time.Second).IsZero(), zero.Add(0).IsZero())

	for _, u := range [][2]int64{{0, 0}, {1, -1}, {-1, 1}, {0, 1e9}, {0, -1e9 - 1}, {1600000000, 999999999}, {-1600000000, 5e9}, {1 << 40, 0}} {
		t := time.Unix(u[0], u[1]).UTC()
		fmt.Println(u, t, t.Unix(), t.Nanosecond(), t.UnixNano(), t.UnixMilli(), t.UnixMicro())
	}
	for _, ms := range []int64{0, 1, -1, 1700000000123, -1700000000123} {
		fmt.Println(time.UnixMilli(ms).UTC(), time.UnixMicro(ms).UTC(), time.UnixMilli(ms).UnixMilli() == ms)
	}
	u := time.Unix(1e9, 0)
	fmt.Println(u.UTC(), u.Location() == time.Local, u.UTC().Location(), u.In(time.UTC) == u.UTC())
	fmt.Println(time.Since(a) > 0, time.Until(a) < 0)

	defer func() { fmt.Println("recovered:", recover()) }()
	a.In(nil)
}
