// Exercises path.Join, Split, Base, Dir, Ext and IsAbs on edge inputs.
package main

import (
	"fmt"
	"path"
)

func main() {
	fmt.Printf("%q\n", []string{path.Join(), path.Join(""), path.Join("", ""), path.Join("a", ""), path.Join("", "b"),
		path.Join("/", "a"), path.Join("a/", "/b/"), path.Join("a", "../..", "b"), path.Join("/a", "../../.."), path.Join("a//b", ".", "c/")})
	for _, p := range []string{"", "/", "a", "a/", "/a/b", "a/b/", "//x//y", "dir/file.tar.gz", ".", "..", "a/.b", "a.b/c"} {
		d, f := path.Split(p)
		fmt.Printf("%q: split=%q,%q base=%q dir=%q ext=%q abs=%v\n", p, d, f, path.Base(p), path.Dir(p), path.Ext(p), path.IsAbs(p))
	}
}
