// Exercises filepath.Rel on mixed absolute/relative paths and dot segments.
package main

import (
	"fmt"
	"path/filepath"
)

func main() {
	cases := [][2]string{{"/a", "/a"}, {"/a", "/a/b/c"}, {"/a/b/c", "/a"}, {"/a/b", "/a/c"}, {"/", "/x"},
		{"a", "a/b"}, {"a/b", "a"}, {".", "a"}, {"a", "."}, {"..", "a"}, {"a", ".."}, {"/a", "b"}, {"a", "/b"},
		{"a/../b", "b/c"}, {"/a/b/../c", "/a/c/d"}, {"../a", "../b"}, {"", "a"}, {"a/b/c", "a/x/y"}, {"/ab", "/a"}}
	for _, c := range cases {
		r, err := filepath.Rel(c[0], c[1])
		fmt.Printf("%q %q -> %q %v\n", c[0], c[1], r, err)
		if err == nil {
			fmt.Println("  join:", filepath.Join(c[0], r))
		}
	}
}
