// bufio.Writer: buffering until Flush, Available/Buffered, writes larger
// than the buffer, WriteByte/WriteRune/WriteString, a failing writer
// (sticky error), ReadFrom, and a Writer over os.Stdout.
package main

import (
	"bufio"
	"errors"
	"fmt"
	"os"
	"strings"
)

type recorder struct{ writes []string }

func (r *recorder) Write(p []byte) (int, error) {
	r.writes = append(r.writes, string(p))
	return len(p), nil
}

type brokenWriter struct{ accept int }

func (b *brokenWriter) Write(p []byte) (int, error) {
	if len(p) > b.accept {
		n := b.accept
		b.accept = 0
		return n, errors.New("pipe closed")
	}
	b.accept -= len(p)
	return len(p), nil
}

func main() {
	rec := &recorder{}
	w := bufio.NewWriterSize(rec, 8)
	fmt.Println(w.Size(), w.Available(), w.Buffered())
	w.WriteString("abc")
	w.WriteByte('d')
	n, err := w.WriteRune('é')
	fmt.Println(n, err, w.Buffered(), w.Available(), rec.writes)
	w.WriteString("fghij")
	fmt.Println(w.Buffered(), rec.writes)
	w.Write([]byte("0123456789abcdefghij"))
	fmt.Println(w.Buffered(), rec.writes)
	fmt.Println(w.Flush(), w.Buffered(), rec.writes)
	fmt.Println(w.Flush(), len(rec.writes))

	rec2 := &recorder{}
	w = bufio.NewWriterSize(rec2, 4)
	n2, err := w.Write([]byte("direct-large-write"))
	fmt.Println(n2, err, rec2.writes)
	w.WriteRune('世')
	w.WriteRune('界')
	w.Flush()
	fmt.Println(rec2.writes)

	bw := &brokenWriter{accept: 5}
	w = bufio.NewWriterSize(bw, 4)
	w.WriteString("abc")
	n, err = w.WriteString("defgh")
	fmt.Println(n, err, w.Buffered())
	fmt.Println(w.Flush(), w.WriteByte('x'))
	n, err = w.Write([]byte("more"))
	fmt.Println(n, err)
	w.Reset(&recorder{})
	fmt.Println(w.Flush(), w.Buffered())

	rec3 := &recorder{}
	w = bufio.NewWriterSize(rec3, 16)
	w.WriteString("pre:")
	m, err := w.ReadFrom(strings.NewReader(strings.Repeat("r", 30)))
	fmt.Println(m, err, w.Buffered(), rec3.writes)
	w.Flush()
	fmt.Println(rec3.writes)

	var sb strings.Builder
	w = bufio.NewWriter(&sb)
	fmt.Fprintf(w, "%s=%d;", "k", 42)
	fmt.Println(sb.Len(), w.Buffered())
	w.Flush()
	fmt.Println(sb.String())

	out := bufio.NewWriter(os.Stdout)
	defer out.Flush()
	for i := 0; i < 3; i++ {
		fmt.Fprintln(out, "buffered line", i)
	}
	fmt.Println("printed before the buffered lines")

	rw := bufio.NewReadWriter(bufio.NewReader(strings.NewReader("in")), bufio.NewWriter(out))
	line, _ := rw.ReadString('\n')
	rw.WriteString("rw got " + line + "\n")
	rw.Flush()
}
