// ParseDuration: units, fractions, signs, the int64 limits, and Go's error
// messages; then the text of Duration.String parsed back.
package main

import (
	"fmt"
	"time"
)

func main() {
	inputs := []string{
		"0", "+0", "-0", "", "1h", "1h2m3s", "1.5h", "-1.5h", "+2.25m", "300ms", "-300ms", "1us", "1µs", "1μs", "7ns",
		".5s", "5.s", "1h1h", "3m4s5ms6us7ns", "0.000000001s", "0.0000000001s", "1.0000000019s",
		"9223372036854775807ns", "9223372036854775808ns", "-9223372036854775808ns", "-9223372036854775809ns",
		"2562047h47m16.854775807s", "2562047h47m16.854775808s", "2562048h", "99999999999999999999s",
		"1.123456789123456789123h", "3.000000000000000000001s",
		"1", "10", "s", ".s", "-.s", "1.2.3s", "1x", "1sec", "5m\u00b5", "+-1s", "1e3s", " 1s", "1s ", "1H", "1\xffs",
	}
	for _, s := range inputs {
		d, err := time.ParseDuration(s)
		if err != nil {
			fmt.Printf("%-28q error: %v\n", s, err)
			continue
		}
		fmt.Printf("%-28q %v %d\n", s, d, int64(d))
	}
	for _, d := range []time.Duration{0, 1, 1500, 61 * time.Second, 26*time.Hour + 3*time.Nanosecond, -time.Minute, 1<<63 - 1, -1 << 63} {
		back, err := time.ParseDuration(d.String())
		fmt.Println(d, back == d, err)
	}
}
