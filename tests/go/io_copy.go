// io.Copy, CopyN and CopyBuffer: the WriterTo / ReaderFrom shortcuts, the
// buffer sizes a plain reader sees, short and failing writers, and
// LimitReader.
package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"
)

// sizeReader records the size of each buffer it is offered.
type sizeReader struct {
	left  int
	sizes []int
}

func (r *sizeReader) Read(p []byte) (int, error) {
	r.sizes = append(r.sizes, len(p))
	if r.left == 0 {
		return 0, io.EOF
	}
	n := len(p)
	if n > r.left {
		n = r.left
	}
	for i := 0; i < n; i++ {
		p[i] = 'a' + byte(i%26)
	}
	r.left -= n
	return n, nil
}

// plainWriter is only an io.Writer (no ReadFrom), counting bytes.
type plainWriter struct{ n int }

func (w *plainWriter) Write(p []byte) (int, error) {
	w.n += len(p)
	return len(p), nil
}

type shortWriter struct{}

func (shortWriter) Write(p []byte) (int, error) { return len(p) / 2, nil }

type liarWriter struct{}

func (liarWriter) Write(p []byte) (int, error) { return len(p) + 1, nil }

type failWriter struct{ after int }

func (w *failWriter) Write(p []byte) (int, error) {
	if w.after <= 0 {
		return 0, errors.New("disk full")
	}
	w.after--
	return len(p), nil
}

func main() {
	var buf bytes.Buffer
	n, err := io.Copy(&buf, strings.NewReader("hello, world"))
	fmt.Println(n, err, buf.String())

	r := &sizeReader{left: 70000}
	w := &plainWriter{}
	n, err = io.Copy(w, r)
	fmt.Println(n, err, w.n, r.sizes)

	r = &sizeReader{left: 100}
	n, err = io.Copy(w, io.LimitReader(r, 10))
	fmt.Println(n, err, r.sizes)
	r = &sizeReader{left: 100}
	n, err = io.Copy(w, io.LimitReader(r, 0))
	fmt.Println(n, err, r.sizes)

	r = &sizeReader{left: 100}
	n, err = io.CopyBuffer(w, r, make([]byte, 7))
	fmt.Println(n, err, len(r.sizes), r.sizes[0])

	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		io.CopyBuffer(w, r, make([]byte, 0))
	}()

	buf.Reset()
	n, err = io.CopyN(&buf, strings.NewReader("abcdef"), 4)
	fmt.Println(n, err, buf.String())
	n, err = io.CopyN(&buf, strings.NewReader("ab"), 4)
	fmt.Println(n, err, err == io.EOF)
	n, err = io.CopyN(&buf, strings.NewReader("ab"), 0)
	fmt.Println(n, err)

	n, err = io.Copy(shortWriter{}, &sizeReader{left: 10})
	fmt.Println(n, err)
	n, err = io.Copy(liarWriter{}, &sizeReader{left: 10})
	fmt.Println(n, err)
	n, err = io.Copy(&failWriter{after: 1}, &sizeReader{left: 40000})
	fmt.Println(n, err)

	lr := &io.LimitedReader{R: strings.NewReader("0123456789"), N: 4}
	p := make([]byte, 3)
	for i := 0; i < 3; i++ {
		k, err := lr.Read(p)
		fmt.Printf("%d %q %v %d\n", k, p[:k], err, lr.N)
	}
}
