// Fractional seconds: .0 to .000000000 keep trailing zeros, .9 to
// .999999999 drop them (and the point when nothing is left), commas as
// separators, more than nine digits, and runs of 0 or 9 followed by a
// digit, which are literal.
package main

import (
	"fmt"
	"time"
)

func main() {
	nanos := []int{0, 1, 10, 100000, 120000000, 123456789, 500000000, 999999999, 100}
	layouts := []string{
		"05.0", "05.00", "05.000", "05.000000", "05.000000000", "05.0000000000000",
		"05.9", "05.99", "05.999", "05.999999", "05.999999999", "05.99999999999999",
		"05,000", "05,999", "15:04:05.000 MST", ".000", ",9", "05.0001", "05.9990", "05.09", "x.90",
		time.RFC3339Nano, time.StampMicro,
	}
	for _, ns := range nanos {
		t := time.Date(2020, time.May, 17, 8, 30, 45, ns, time.UTC)
		fmt.Printf("%9d", ns)
		for _, l := range layouts {
			fmt.Printf(" %q", t.Format(l))
		}
		fmt.Println()
	}
}
