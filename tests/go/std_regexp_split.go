package main

import (
	"fmt"
	"regexp"
)

func main() {
	cases := []struct {
		pattern, s string
		n          int
	}{
		{`,`, "a,b,c", -1},
		{`,`, "a,b,c", 2},
		{`,`, "a,b,c", 1},
		{`,`, "a,b,c", 0},
		{`,`, ",a,,b,", -1},
		{`,`, "", -1},
		{`\s*;\s*`, "x ; y;z  ;  ", -1},
		{`a*`, "abaabaccadaaae", 5},
		{`a*`, "abaabaccadaaae", -1},
		{``, "abc", -1},
		{``, "abc", 2},
		{``, "", -1},
		{`x*`, "", -1},
		{`b`, "abc", -1},
		{`^`, "abc", -1},
		{`$`, "abc", -1},
		{`\b`, "ab cd", -1},
		{`(,)`, "1,2", -1},
		{`z+`, "no zees", -1},
		{`é`, "aébéc", -1},
	}
	for _, c := range cases {
		parts := regexp.MustCompile(c.pattern).Split(c.s, c.n)
		fmt.Printf("%q %q %d -> %q len=%d nil=%v\n", c.pattern, c.s, c.n, parts, len(parts), parts == nil)
	}
}
