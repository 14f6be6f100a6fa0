// Errors of opening and reading files in Go's form: *PathError values
// ("open x: no such file or directory"), reading a directory, O_EXCL,
// writing a read-only file, errors.Is / os.IsNotExist through them.
package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
)

func main() {
	_, err := os.Open("no_such_file.txt")
	fmt.Println(err)
	var pe *os.PathError
	fmt.Println(errors.As(err, &pe), os.IsNotExist(err), errors.Is(err, os.ErrNotExist))
	if pe != nil {
		fmt.Println(pe.Op, pe.Path, pe.Err)
	}
	_, err = os.ReadFile("missing/dir/file")
	fmt.Println(err)
	_, err = os.Create("missing_dir/file.txt")
	fmt.Println(err)

	dir, err := os.Open(".")
	fmt.Println(err)
	_, err = dir.Read(make([]byte, 10))
	fmt.Println(err)
	dir.Close()

	name := "os_open_errors.tmp"
	fmt.Println(os.WriteFile(name, []byte("content"), 0644))
	_, err = os.OpenFile(name, os.O_CREATE|os.O_EXCL|os.O_WRONLY, 0644)
	fmt.Println(err, os.IsExist(err))
	ro, err := os.Open(name)
	fmt.Println(err)
	_, err = ro.Write([]byte("x"))
	fmt.Println(err)
	_, err = ro.WriteString("x")
	fmt.Println(err)
	ro.Close()
	wo, _ := os.OpenFile(name, os.O_WRONLY, 0)
	_, err = wo.Read(make([]byte, 3))
	fmt.Println(err)
	wo.Close()
	fmt.Println(os.Remove(name))
	fmt.Println(os.Remove(name))

	fmt.Println(fs.ErrNotExist == os.ErrNotExist, errors.Is(err, fs.ErrNotExist))
	fmt.Printf("%T %T\n", err, os.FileMode(0))
	for _, m := range []os.FileMode{0644, 0755 | os.ModeDir, 0, os.ModeSymlink | os.ModeSetuid | 0777, os.ModePerm} {
		fmt.Println(m, m.IsDir(), m.IsRegular(), m.Perm() == m&0777)
	}
}
