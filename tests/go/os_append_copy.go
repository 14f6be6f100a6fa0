// O_APPEND (and WriteAt's refusal of it), OpenFile flags, copying one file
// into another with io.Copy and bufio, and reading a file with
// bufio.Scanner; the files live in the current directory and are removed.
package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"strings"
)

func main() {
	src := "os_append_copy_src.tmp"
	dst := "os_append_copy_dst.tmp"
	f, err := os.OpenFile(src, os.O_CREATE|os.O_WRONLY|os.O_TRUNC, 0644)
	fmt.Println(err)
	w := bufio.NewWriter(f)
	for i := 1; i <= 500; i++ {
		fmt.Fprintf(w, "row %03d %s\n", i, strings.Repeat("#", i%7))
	}
	fmt.Println(w.Flush(), f.Close())

	a, err := os.OpenFile(src, os.O_APPEND|os.O_WRONLY, 0)
	fmt.Println(err)
	n, err := a.WriteString("appended\n")
	fmt.Println(n, err)
	_, err = a.WriteAt([]byte("x"), 0)
	fmt.Println(err)
	a.Close()

	in, _ := os.Open(src)
	out, _ := os.Create(dst)
	copied, err := io.Copy(out, in)
	fmt.Println(copied, err)
	in.Close()
	out.Close()

	g, _ := os.Open(dst)
	sc := bufio.NewScanner(g)
	count, hashes := 0, 0
	last := ""
	for sc.Scan() {
		count++
		hashes += strings.Count(sc.Text(), "#")
		last = sc.Text()
	}
	fmt.Println(count, hashes, last, sc.Err())
	g.Seek(0, io.SeekStart)
	br := bufio.NewReader(g)
	first, err := br.ReadString('\n')
	fmt.Printf("%q %v\n", first, err)
	g.Close()

	tr, _ := os.OpenFile(dst, os.O_RDWR|os.O_TRUNC, 0)
	tr.WriteString("short")
	tr.Seek(0, io.SeekStart)
	all, err := io.ReadAll(tr)
	fmt.Printf("%q %v\n", all, err)
	tr.Close()

	fmt.Println(os.Remove(src), os.Remove(dst))
}
