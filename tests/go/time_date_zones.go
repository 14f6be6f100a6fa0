// Locations: FixedZone, UTC and LoadLocation's special names, Zone,
// ZoneBounds and IsDST, and zones read from TZif data built here
// (LoadLocationFromTZData): transitions, the first-zone rule, and the
// POSIX TZ rule used after the last transition, in both hemispheres.
package main

import (
	"fmt"
	"time"
)

func be32(b []byte, v int64) []byte {
	return append(b, byte(v>>24), byte(v>>16), byte(v>>8), byte(v))
}

type zoneSpec struct {
	offset int64
	dst    byte
	abbr   byte
}

// tzif builds a version 2 TZif file with an empty 32-bit part.
func tzif(when []int64, index []byte, zones []zoneSpec, abbrevs string, rule string) []byte {
	b := []byte("TZif2")
	b = append(b, make([]byte, 15)...)
	b = append(b, make([]byte, 24)...) // six zero counts
	b = append(b, "TZif2"...)
	b = append(b, make([]byte, 15)...)
	for _, n := range []int{0, 0, 0, len(when), len(zones), len(abbrevs)} {
		b = be32(b, int64(n))
	}
	for _, w := range when {
		b = be32(b, w>>32)
		b = be32(b, w)
	}
	b = append(b, index...)
	for _, z := range zones {
		b = be32(b, z.offset)
		b = append(b, z.dst, z.abbr)
	}
	b = append(b, abbrevs...)
	return append(b, "\n"+rule+"\n"...)
}

func report(loc *time.Location, unix []int64) {
	for _, u := range unix {
		t := time.Unix(u, 0).In(loc)
		name, offset := t.Zone()
		start, end := t.ZoneBounds()
		fmt.Printf("  %-32v %-5s %6d dst=%-5v [%v, %v)\n", t, name, offset, t.IsDST(), start, end)
	}
}

func main() {
	for _, name := range []string{"", "UTC", "Local", "../etc/passwd", "/etc/localtime", "a..b"} {
		loc, err := time.LoadLocation(name)
		if loc == time.Local {
			fmt.Printf("%q -> Local %v\n", name, err)
			continue
		}
		fmt.Printf("%q -> %v %v\n", name, loc, err)
	}
	_, err := time.LoadLocationFromTZData("bad", []byte("TZif"))
	fmt.Println(err)
	_, err = time.LoadLocationFromTZData("bad", []byte("not a zone file at all, really not"))
	fmt.Println(err)

	fixed := time.FixedZone("FIX", -(2*3600 + 30*60))
	fmt.Println(fixed)
	report(fixed, []int64{0, 1e9})

	// A northern zone: LMT until 1883, then EST/EDT switches, then the US
	// rule of 2007.
	ny, err := time.LoadLocationFromTZData("Test/NewYork", tzif(
		[]int64{-2717650800, 1268550000, 1289109600, 1300003200},
		[]byte{2, 1, 2, 1},
		[]zoneSpec{{-17762, 0, 0}, {-14400, 1, 4}, {-18000, 0, 8}},
		"LMT\x00EDT\x00EST\x00", "EST5EDT,M3.2.0,M11.1.0"))
	fmt.Println(ny, err)
	report(ny, []int64{-3e9, -2717650801, -2717650800, 0, 1268549999, 1268550000, 1300003199, 1300003200, 1320555600, 1700000000, 1710054000, 1710053999, 4e9})
	for _, h := range []int{0, 1, 2, 3} {
		fmt.Println(" ", time.Date(2030, time.March, 10, h, 30, 0, 0, ny), time.Date(2030, time.November, 3, h, 30, 0, 0, ny))
	}
	t, err := time.ParseInLocation("2006-01-02 15:04 MST", "2030-07-04 12:00 EDT", ny)
	fmt.Println(t, err)
	t, err = time.ParseInLocation("2006-01-02 15:04 MST", "2030-01-04 12:00 EDT", ny)
	fmt.Println(t, err)
	t, err = time.ParseInLocation("2006-01-02 15:04 -0700", "2030-07-04 12:00 -0400", ny)
	fmt.Println(t, err, t.Location())

	// A southern zone whose summer spans the new year, with a rule time.
	syd, err := time.LoadLocationFromTZData("Test/Sydney", tzif(
		[]int64{1000000000},
		[]byte{0},
		[]zoneSpec{{36000, 0, 0}, {39600, 1, 5}},
		"AEST\x00AEDT\x00", "AEST-10AEDT,M10.1.0,M4.1.0/3"))
	fmt.Println(syd, err)
	report(syd, []int64{999999999, 1000000000, 1700000000, 1712419200, 1712415600, 1727971200, 1900000000})

	// Julian-day rules, a quoted name, and a zone with no DST after the
	// last transition.
	odd, err := time.LoadLocationFromTZData("Test/Odd", tzif(
		[]int64{0},
		[]byte{0},
		[]zoneSpec{{-3 * 3600, 0, 0}},
		"-03\x00", "<-03>3<-02>,J60/1,300/25:30"))
	fmt.Println(odd, err)
	report(odd, []int64{-1, 0, 1e9, 1709251200, 1709254800, 1900000000})
	flat, err := time.LoadLocationFromTZData("Test/Flat", tzif(nil, nil, []zoneSpec{{12600, 0, 0}}, "+0330\x00", "<+0330>-3:30"))
	fmt.Println(flat, err)
	report(flat, []int64{-1e10, 0, 1e10})
}
