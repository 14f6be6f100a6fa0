// bytes.Buffer as a reader and a writer: ReadFrom (offering MinRead bytes),
// WriteTo, ReadString/ReadBytes to a delimiter or EOF, and use through
// io.Copy and fmt.Fprintf.
package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"
)

type offerReader struct {
	data   string
	offers []int
}

func (r *offerReader) Read(p []byte) (int, error) {
	r.offers = append(r.offers, len(p))
	if r.data == "" {
		return 0, io.EOF
	}
	n := copy(p, r.data)
	r.data = r.data[n:]
	return n, nil
}

type failReader struct{}

func (failReader) Read(p []byte) (int, error) { return 3, errors.New("read failed") }

type halfWriter struct{}

func (halfWriter) Write(p []byte) (int, error) { return len(p) / 2, nil }

func main() {
	var b bytes.Buffer
	r := &offerReader{data: strings.Repeat("abc", 300)}
	n, err := b.ReadFrom(r)
	fmt.Println(n, err, b.Len(), b.Cap(), r.offers)
	n, err = b.ReadFrom(failReader{})
	fmt.Println(n, err, b.Len())

	var out bytes.Buffer
	n, err = b.WriteTo(&out)
	fmt.Println(n, err, b.Len(), out.Len())
	n, err = b.WriteTo(&out)
	fmt.Println(n, err)

	b.WriteString("0123456789")
	n, err = b.WriteTo(halfWriter{})
	fmt.Println(n, err, b.String())

	lines := bytes.NewBufferString("first line\nsecond\n\nlast without newline")
	for {
		line, err := lines.ReadString('\n')
		fmt.Printf("%q %v\n", line, err)
		if err != nil {
			break
		}
	}
	bb := bytes.NewBufferString("a,b,,c")
	for {
		tok, err := bb.ReadBytes(',')
		fmt.Printf("%q %d %v\n", tok, cap(tok), err)
		if err != nil {
			break
		}
	}
	fmt.Println(bb.UnreadByte(), bb.Len())

	var c bytes.Buffer
	fmt.Fprintf(&c, "%d-%s|", 7, "x")
	fmt.Fprint(&c, 1, 2, "a", "b", 3.5)
	fmt.Fprintln(&c, " end", true)
	io.Copy(&c, strings.NewReader("copied"))
	fmt.Printf("%q\n", c.String())

	var sink bytes.Buffer
	written, err := io.Copy(&sink, &c)
	fmt.Println(written, err, c.Len(), sink.Len())
	data, err := io.ReadAll(&sink)
	fmt.Println(len(data), err)
}
