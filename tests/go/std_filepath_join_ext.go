// Exercises filepath.Join, Split, Base, Dir, Ext, IsAbs, VolumeName and separators.
package main

import (
	"fmt"
	"path/filepath"
	"strings"
)

func main() {
	fmt.Println(string(filepath.Separator), string(filepath.ListSeparator))
	fmt.Printf("%q\n", []string{filepath.Join(), filepath.Join("a", "b", "../c"), filepath.Join("/", "", "x"), filepath.Join("a", "/b")})
	for _, p := range []string{"", "/", "a/b.c", "/x/y/", "x.", ".hidden", "a/b/../c.go", "//net"} {
		d, f := filepath.Split(p)
		fmt.Printf("%q: %q %q base=%q dir=%q ext=%q abs=%v vol=%q\n", p, d, f, filepath.Base(p), filepath.Dir(p), filepath.Ext(p), filepath.IsAbs(p), filepath.VolumeName(p))
	}
	fmt.Printf("%q\n", filepath.SplitList("/bin:/usr/bin::/opt"))
	fmt.Printf("%q\n", filepath.SplitList(""))
	fmt.Println(filepath.ToSlash("a/b"), filepath.FromSlash("a/b"), filepath.Clean("a//b/./../c/"))
	parts := strings.Split(filepath.Join("usr", "local", "bin"), string(filepath.Separator))
	fmt.Println(parts, len(parts))
	m, err := filepath.Match("*.go", "main.go")
	fmt.Println(m, err)
	m, err = filepath.Match("[", "x")
	fmt.Println(m, err, err == filepath.ErrBadPattern)
}
