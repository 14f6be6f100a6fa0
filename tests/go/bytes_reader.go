// bytes.Reader and strings.Reader: reading, seeking, ReadAt, the unread
// rules and their error texts, WriteTo and Reset.
package main

import (
	"bytes"
	"fmt"
	"io"
	"strings"
)

type reader interface {
	io.Reader
	io.ReaderAt
	io.Seeker
	io.ByteScanner
	io.RuneScanner
	io.WriterTo
	Len() int
	Size() int64
}

func exercise(r reader) {
	fmt.Println(r.Len(), r.Size(), r.UnreadByte(), r.UnreadRune())
	p := make([]byte, 3)
	n, err := r.Read(p)
	fmt.Printf("%d %q %v %d\n", n, p[:n], err, r.Len())
	ch, size, err := r.ReadRune()
	fmt.Println(string(ch), size, err, r.UnreadRune(), r.UnreadRune())
	ch, size, err = r.ReadRune()
	fmt.Println(string(ch), size, err)
	c, err := r.ReadByte()
	fmt.Println(c, err, r.UnreadByte(), r.UnreadRune())
	n, err = r.ReadAt(p, 1)
	fmt.Printf("%d %q %v\n", n, p[:n], err)
	n, err = r.ReadAt(p, 7)
	fmt.Printf("%d %q %v\n", n, p[:n], err)
	n, err = r.ReadAt(p, 100)
	fmt.Println(n, err)
	n, err = r.ReadAt(p, -1)
	fmt.Println(n, err)
	pos, err := r.Seek(2, io.SeekStart)
	fmt.Println(pos, err)
	pos, err = r.Seek(-1, io.SeekEnd)
	fmt.Println(pos, err)
	pos, err = r.Seek(-100, io.SeekCurrent)
	fmt.Println(pos, err)
	pos, err = r.Seek(0, 9)
	fmt.Println(pos, err)
	pos, err = r.Seek(50, io.SeekStart)
	fmt.Println(pos, err, r.Len())
	n, err = r.Read(p)
	fmt.Println(n, err)
	_, _, err = r.ReadRune()
	fmt.Println(err, r.UnreadRune())
	r.Seek(4, io.SeekStart)
	var buf bytes.Buffer
	w, err := r.WriteTo(&buf)
	fmt.Println(w, err, buf.String(), r.Len())
	w, err = r.WriteTo(&buf)
	fmt.Println(w, err)
}

func main() {
	exercise(strings.NewReader("abcédefgh"))
	exercise(bytes.NewReader([]byte("abcédefgh")))

	var zs strings.Reader
	var zb bytes.Reader
	n, err := zs.Read(make([]byte, 1))
	fmt.Println(n, err, zs.Len(), zs.UnreadByte())
	n, err = zb.Read(make([]byte, 1))
	fmt.Println(n, err, zb.Len(), zb.UnreadByte())

	br := bytes.NewReader([]byte("first"))
	io.ReadAll(br)
	br.Reset([]byte("second"))
	all, _ := io.ReadAll(br)
	sr := strings.NewReader("one")
	sr.Reset("two")
	all2, _ := io.ReadAll(sr)
	fmt.Println(string(all), string(all2))
}
