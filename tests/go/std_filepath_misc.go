package main

import (
	"errors"
	"fmt"
	"path/filepath"
	"strings"
)

func main() {
	fmt.Println(string(filepath.Separator), string(filepath.ListSeparator))
	fmt.Printf("%q\n", filepath.SplitList("/bin:/usr/bin::/opt/x"))
	fmt.Printf("%q %v\n", filepath.SplitList(""), filepath.SplitList("") == nil)
	fmt.Printf("%q\n", filepath.SplitList("single"))
	fmt.Printf("%q %q %q\n", filepath.ToSlash("a/b\\c"), filepath.FromSlash("a/b/c"), filepath.VolumeName("/x/y"))
	fmt.Println(filepath.Join("usr", "local", "../bin", "go"), filepath.Join(), filepath.Join("", "x/"))
	fmt.Println(filepath.Clean("a//b/./../c/"), filepath.Base("/x/y.txt"), filepath.Dir("/x/y.txt"), filepath.Ext("/x/y.txt"))
	fmt.Println(filepath.Base(""), filepath.Base("///"), filepath.Dir(""), filepath.Dir("/"), filepath.Dir("x"))
	dir, file := filepath.Split("/home/user/notes.md")
	fmt.Println(dir, file)
	fmt.Println(filepath.IsAbs("/a"), filepath.IsAbs("a"), filepath.IsAbs(""))
	fmt.Println(filepath.HasPrefix("/a/b", "/a"), filepath.HasPrefix("/ab", "/a/"))

	ok, err := filepath.Match("*.go", "main.go")
	fmt.Println(ok, err)
	ok, err = filepath.Match("[a-", "a")
	fmt.Println(ok, err, err == filepath.ErrBadPattern, errors.Is(err, filepath.ErrBadPattern))

	abs, err := filepath.Abs("some/file.txt")
	fmt.Println(err, filepath.IsAbs(abs), strings.HasSuffix(abs, "/tests/go/some/file.txt"))
	abs, err = filepath.Abs("/x/../y/")
	fmt.Println(abs, err)
	abs, err = filepath.Abs(".")
	fmt.Println(err, strings.HasSuffix(abs, "/tests/go"), abs == filepath.Clean(abs))
	abs, err = filepath.Abs("")
	fmt.Println(err, strings.HasSuffix(abs, "/tests/go"))
}
