// Time's serialized forms: MarshalText/JSON (RFC 3339, years 0-9999 only)
// and their Unmarshal, MarshalBinary's bytes (versions 1 and 2) and the
// round trip through UnmarshalBinary, and the decoding errors.
package main

import (
	"fmt"
	"time"
)

func main() {
	times := []time.Time{
		time.Date(2023, 3, 5, 14, 7, 9, 120000000, time.UTC),
		time.Date(1999, 12, 31, 23, 59, 59, 0, time.FixedZone("X", -7*3600)),
		time.Date(1800, 1, 1, 0, 0, 0, 1, time.FixedZone("LMT", -17762)),
		time.Date(10000, 1, 1, 0, 0, 0, 0, time.UTC),
		time.Date(-1, 1, 1, 0, 0, 0, 0, time.UTC),
		{},
	}
	for _, t := range times {
		text, err := t.MarshalText()
		fmt.Printf("%q %v\n", text, err)
		js, err := t.MarshalJSON()
		fmt.Printf("%s %v\n", js, err)
		bin, err := t.MarshalBinary()
		fmt.Println(bin, err)
		var back time.Time
		err = back.UnmarshalBinary(bin)
		_, offset := back.Zone()
		fmt.Println(back.Equal(t), offset, err)
		gob, _ := t.GobEncode()
		fmt.Println(string(gob) == string(bin))
	}
	var t time.Time
	for _, s := range []string{`"2023-03-05T14:07:09.5+02:00"`, `null`, `"2023-03-05"`, `2023`} {
		err := t.UnmarshalJSON([]byte(s))
		fmt.Println(t.Format(time.RFC3339Nano), err)
	}
	for _, s := range []string{"2001-02-03T04:05:06Z", "2001-02-03T04:05:06.000000001-00:30", "x"} {
		err := t.UnmarshalText([]byte(s))
		fmt.Println(t, err)
	}
	for _, data := range [][]byte{nil, {3}, {1, 2, 3}, {2, 0, 0, 0, 14, 0, 0, 0, 0, 0, 0, 0, 0, 255, 255}} {
		fmt.Println(t.UnmarshalBinary(data))
	}
	_, err := time.Date(2000, 1, 1, 0, 0, 0, 0, time.FixedZone("", -60)).MarshalBinary()
	fmt.Println(err)
}
