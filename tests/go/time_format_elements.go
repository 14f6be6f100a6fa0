// Each element of Go's reference layout on its own and in combinations,
// including the look-aheads that keep words literal ("Month", "_2006").
package main

import (
	"fmt"
	"time"
)

func main() {
	elements := []string{
		"2006", "06", "01", "1", "Jan", "January", "02", "2", "_2", "__2", "002",
		"15", "3", "03", "04", "4", "05", "5", "PM", "pm", "MST",
		"-0700", "-07:00", "-07", "-070000", "-07:00:00",
		"Z0700", "Z07:00", "Z07", "Z070000", "Z07:00:00",
		"Mon", "Monday", ".000", ".999", ",000", ",999",
		"Month", "Mondays", "Janet", "_2006", "2006_2", "MSTx", "P", "p",
		"1 2 3 4 5 6 7", "15h04m05s", "day 002 of 2006", "'06 Q1",
	}
	times := []time.Time{
		time.Date(2021, time.September, 4, 7, 8, 9, 10, time.UTC),
		time.Date(1987, time.November, 23, 19, 45, 30, 987654321, time.FixedZone("CET", 3600)),
		time.Date(2010, time.January, 1, 0, 0, 0, 0, time.FixedZone("", -(9*3600+30*60+15))),
		time.Date(2010, time.December, 31, 12, 0, 0, 0, time.FixedZone("NPT", 5*3600+45*60)),
	}
	for _, t := range times {
		fmt.Println("==", t)
		for _, e := range elements {
			fmt.Printf("%-16q %q\n", e, t.Format(e))
		}
	}
	b := []byte("prefix: ")
	b = times[1].AppendFormat(b, "Monday 2 January 2006 3:04pm")
	fmt.Println(string(b))
}
