// Exercises path.Match with classes, ranges, escapes and its ErrBadPattern cases.
package main

import (
	"fmt"
	"path"
)

func main() {
	cases := [][2]string{{"*", ""}, {"*", "abc"}, {"*", "a/b"}, {"a*/b", "abc/b"}, {"a*b*c", "axbyc"}, {"a*b*c", "axbyd"},
		{"?", "é"}, {"??", "é"}, {"[a-c]", "b"}, {"[^a-c]", "b"}, {"[!a-c]", "d"}, {"[a-]", "a"}, {"[]", "a"},
		{"[", "a"}, {"\\*", "*"}, {"\\", "a"}, {"a[", "a"}, {"[\\]]", "]"}, {"[x-]", "x"}, {"*[", "ab"},
		{"[a-c-e]", "d"}, {"[é-ü]", "ö"}, {"/*/c", "/b/c"}, {"*/", "a/"}, {"a?c", "a/c"}}
	for _, c := range cases {
		m, err := path.Match(c[0], c[1])
		fmt.Printf("%q %q: %v %v\n", c[0], c[1], m, err)
	}
	fmt.Println(path.ErrBadPattern)
}
