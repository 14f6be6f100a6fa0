// *os.File as a reader and writer: Create, Write, Seek, Read to io.EOF,
// ReadAt, WriteAt, Close, and the errors after Close, on a file in the
// current directory (removed at the end).
package main

import (
	"fmt"
	"io"
	"os"
)

func main() {
	name := "os_file_readwrite.tmp"
	f, err := os.Create(name)
	fmt.Println(err, f.Name())
	n, err := f.Write([]byte("hello, "))
	fmt.Println(n, err)
	n, err = f.WriteString("world\nsecond line\n")
	fmt.Println(n, err)

	pos, err := f.Seek(0, io.SeekCurrent)
	fmt.Println(pos, err)
	pos, err = f.Seek(0, io.SeekStart)
	fmt.Println(pos, err)
	buf := make([]byte, 8)
	for {
		n, err := f.Read(buf)
		fmt.Printf("%d %q %v\n", n, buf[:n], err)
		if err != nil {
			break
		}
	}
	n, err = f.Read(buf)
	fmt.Println(n, err, err == io.EOF)
	n, err = f.Read(nil)
	fmt.Println(n, err)

	n, err = f.ReadAt(buf[:5], 7)
	fmt.Printf("%d %q %v\n", n, buf[:n], err)
	n, err = f.ReadAt(buf, 20)
	fmt.Printf("%d %q %v\n", n, buf[:n], err)
	n, err = f.ReadAt(buf, 1000)
	fmt.Println(n, err)
	n, err = f.ReadAt(buf, -1)
	fmt.Println(n, err)

	n, err = f.WriteAt([]byte("HELLO"), 0)
	fmt.Println(n, err)
	pos, err = f.Seek(-5, io.SeekEnd)
	fmt.Println(pos, err)
	rest, err := io.ReadAll(f)
	fmt.Printf("%q %v\n", rest, err)
	pos, err = f.Seek(-100, io.SeekStart)
	fmt.Println(pos, err)
	_, err = f.Seek(0, 42)
	fmt.Println(err)

	fmt.Println(f.Close())
	fmt.Println(f.Close())
	_, err = f.Read(buf)
	fmt.Println(err)
	_, err = f.Write(buf)
	fmt.Println(err)
	_, err = f.Seek(0, io.SeekStart)
	fmt.Println(err)
	_, err = f.ReadAt(buf, 0)
	fmt.Println(err)

	data, err := os.ReadFile(name)
	fmt.Printf("%q %v\n", data, err)
	fmt.Println(os.Remove(name))

	var nilFile *os.File
	_, err = nilFile.Read(buf)
	fmt.Println(err, nilFile.Close())
}
