// bufio.Reader: ReadString, ReadBytes, ReadLine (long lines as prefixes),
// ReadSlice with a full buffer, Peek, ReadRune/UnreadRune,
// ReadByte/UnreadByte, Discard, Read, Buffered, Size and Reset.
package main

import (
	"bufio"
	"fmt"
	"io"
	"strings"
)

func main() {
	r := bufio.NewReader(strings.NewReader("line one\nline two\r\nno newline"))
	for {
		s, err := r.ReadString('\n')
		fmt.Printf("%q %v\n", s, err)
		if err != nil {
			break
		}
	}
	s, err := r.ReadString('\n')
	fmt.Printf("%q %v\n", s, err)

	r = bufio.NewReaderSize(strings.NewReader("0123456789012345678901234567890123456789\nshort\r\nend"), 16)
	fmt.Println(r.Size())
	for {
		line, isPrefix, err := r.ReadLine()
		fmt.Printf("%q %v %v\n", line, isPrefix, err)
		if err != nil {
			break
		}
	}

	r = bufio.NewReaderSize(strings.NewReader(strings.Repeat("z", 40)+"|tail"), 16)
	b, err := r.ReadBytes('|')
	fmt.Println(len(b), cap(b), err)
	line, err := r.ReadSlice('|')
	fmt.Printf("%q %v\n", line, err)

	r = bufio.NewReaderSize(strings.NewReader(strings.Repeat("q", 40)), 16)
	line, err = r.ReadSlice('|')
	fmt.Printf("%q %v %v\n", line, err, err == bufio.ErrBufferFull)

	r = bufio.NewReaderSize(strings.NewReader("héllo, wörld"), 16)
	p, err := r.Peek(3)
	fmt.Printf("%q %v %d\n", p, err, r.Buffered())
	p, err = r.Peek(20)
	fmt.Printf("%q %v\n", p, err)
	_, err = r.Peek(-1)
	fmt.Println(err)
	ch, size, err := r.ReadRune()
	fmt.Println(string(ch), size, err)
	ch, size, err = r.ReadRune()
	fmt.Println(string(ch), size, err, r.UnreadRune(), r.UnreadRune())
	c, err := r.ReadByte()
	fmt.Println(c, err, r.UnreadByte(), r.UnreadByte())
	d, err := r.Discard(4)
	fmt.Println(d, err)
	buf := make([]byte, 4)
	n, err := r.Read(buf)
	fmt.Printf("%d %q %v\n", n, buf[:n], err)
	d, err = r.Discard(10)
	fmt.Println(d, err)
	n, err = r.Read(buf)
	fmt.Println(n, err)
	_, _, err = r.ReadRune()
	fmt.Println(err, r.UnreadRune())

	r.Reset(strings.NewReader("again\xffx"))
	all, err := io.ReadAll(r)
	fmt.Printf("%q %v\n", all, err)
	r.Reset(strings.NewReader("\xff"))
	ch, size, err = r.ReadRune()
	fmt.Println(ch, size, err)

	small := bufio.NewReaderSize(strings.NewReader("x"), 1)
	fmt.Println(small.Size(), bufio.NewReader(small) == small, bufio.NewReaderSize(small, 100) == small)

	var sb strings.Builder
	r = bufio.NewReader(strings.NewReader("written through WriteTo"))
	r.ReadByte()
	w, err := r.WriteTo(&sb)
	fmt.Println(w, err, sb.String())
}
