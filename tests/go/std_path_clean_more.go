// Exercises path.Clean on dot segments, repeated slashes and rooted parents.
package main

import (
	"fmt"
	"path"
)

func main() {
	for _, p := range []string{"", ".", "..", "/", "//", "/..", "/../..", "../..", "a/../..", "a/./b/../../c",
		"./a", "a/.", "/./", "abc/def/../../..", "a//b//c//", "/a/b/c/../../../..", "...", ".../..", "a/..b/.c",
		"x/y/z/../../w/./v/", "../a/../b", "/.a/../"} {
		c := path.Clean(p)
		fmt.Printf("%q -> %q (idempotent %v)\n", p, c, path.Clean(c) == c)
	}
}
