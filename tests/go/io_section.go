// io.SectionReader over a strings.Reader: Read, Seek, ReadAt, Size, and
// the errors at the section's edges.
package main

import (
	"fmt"
	"io"
	"strings"
)

func main() {
	src := strings.NewReader("0123456789abcdef")
	s := io.NewSectionReader(src, 4, 6)
	fmt.Println(s.Size())
	p := make([]byte, 4)
	for {
		n, err := s.Read(p)
		fmt.Printf("%d %q %v\n", n, p[:n], err)
		if err != nil {
			break
		}
	}
	pos, err := s.Seek(2, io.SeekStart)
	fmt.Println(pos, err)
	pos, err = s.Seek(1, io.SeekCurrent)
	fmt.Println(pos, err)
	pos, err = s.Seek(-1, io.SeekEnd)
	fmt.Println(pos, err)
	n, err := s.Read(p)
	fmt.Printf("%d %q %v\n", n, p[:n], err)
	pos, err = s.Seek(-10, io.SeekCurrent)
	fmt.Println(pos, err)
	pos, err = s.Seek(0, 7)
	fmt.Println(pos, err)
	pos, err = s.Seek(100, io.SeekStart)
	fmt.Println(pos, err)
	n, err = s.Read(p)
	fmt.Println(n, err)

	n, err = s.ReadAt(p, 0)
	fmt.Printf("%d %q %v\n", n, p[:n], err)
	n, err = s.ReadAt(p, 4)
	fmt.Printf("%d %q %v\n", n, p[:n], err)
	n, err = s.ReadAt(p, 6)
	fmt.Println(n, err)
	n, err = s.ReadAt(p, -1)
	fmt.Println(n, err)

	whole := io.NewSectionReader(src, 10, 1<<62)
	data, err := io.ReadAll(whole)
	fmt.Printf("%q %v %d\n", data, err, whole.Size())

	var _ io.ReadSeeker = s
	var _ io.ReaderAt = s
}
