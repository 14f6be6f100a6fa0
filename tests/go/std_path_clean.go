package main

import (
	"fmt"
	"path"
)

func main() {
	for _, p := range []string{
		"", ".", "..", "/", "//", "///a//b//", "a/b/c", "a/b/c/", "a//b", "./a", "a/./b", "a/.",
		"a/..", "a/../..", "../a/..", "../../a/b/../../..", "/..", "/../a", "/a/../..", "abc/def/../ghi/./jkl",
		"a/b/../c/./d/", "..a/b..", ".../x", "/a/b/../../c", "a/.../b",
	} {
		fmt.Printf("%-24q Clean=%-12q Base=%-8q Dir=%-10q Ext=%-6q IsAbs=%v\n", p, path.Clean(p), path.Base(p), path.Dir(p), path.Ext(p), path.IsAbs(p))
	}
	for _, p := range []string{"a/b", "a/b/", "/", "", "file.go", "/usr/lib/x.tar.gz", "dir/"} {
		dir, file := path.Split(p)
		fmt.Printf("Split(%q) = %q, %q\n", p, dir, file)
	}
	fmt.Printf("%q\n", path.Join())
	fmt.Printf("%q\n", path.Join("", ""))
	fmt.Printf("%q\n", path.Join("a", "b", "c"))
	fmt.Printf("%q\n", path.Join("a", "", "c"))
	fmt.Printf("%q\n", path.Join("", "a"))
	fmt.Printf("%q\n", path.Join("/", "a"))
	fmt.Printf("%q\n", path.Join("a/", "/b/"))
	fmt.Printf("%q\n", path.Join("a", "../../b"))
	fmt.Printf("%q\n", path.Join("/a", "../../b"))
	fmt.Printf("%q\n", path.Join("", "/"))
	fmt.Printf("%q\n", path.Ext("a.b/c"))
	fmt.Printf("%q\n", path.Ext("x."))
}
