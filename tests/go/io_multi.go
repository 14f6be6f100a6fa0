// io.MultiReader, MultiWriter and TeeReader: read boundaries, EOF only at
// the end, nested readers, errors stopping the chain.
package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"
)

type errReader struct{ err error }

func (r errReader) Read([]byte) (int, error) { return 0, r.err }

type failWriter struct{}

func (failWriter) Write(p []byte) (int, error) { return 1, errors.New("write failed") }

type shortWriter struct{}

func (shortWriter) Write(p []byte) (int, error) { return len(p) - 1, nil }

// bytesOnly has no WriteString, so MultiWriter must convert.
type bytesOnly struct{ got []string }

func (b *bytesOnly) Write(p []byte) (int, error) {
	b.got = append(b.got, string(p))
	return len(p), nil
}

func main() {
	mr := io.MultiReader(strings.NewReader("ab"), strings.NewReader(""), strings.NewReader("cde"))
	p := make([]byte, 4)
	for {
		n, err := mr.Read(p)
		fmt.Printf("%d %q %v\n", n, p[:n], err)
		if err != nil {
			break
		}
	}
	n, err := mr.Read(p)
	fmt.Println(n, err)

	inner := io.MultiReader(strings.NewReader("x"), strings.NewReader("y"))
	outer := io.MultiReader(strings.NewReader("w"), inner, strings.NewReader("z"))
	all, err := io.ReadAll(outer)
	fmt.Printf("%q %v\n", all, err)

	mr = io.MultiReader(strings.NewReader("ok"), errReader{errors.New("bad disk")}, strings.NewReader("never"))
	all, err = io.ReadAll(mr)
	fmt.Printf("%q %v\n", all, err)

	var buf bytes.Buffer
	written, err := io.Copy(&buf, io.MultiReader(strings.NewReader("one "), strings.NewReader("two")))
	fmt.Println(written, err, buf.String())

	n, err = io.MultiReader().Read(p)
	fmt.Println(n, err)

	var a, b bytes.Buffer
	mw := io.MultiWriter(&a, &b)
	n, err = mw.Write([]byte("hello "))
	fmt.Println(n, err)
	n, err = io.WriteString(mw, "world")
	fmt.Println(n, err, a.String(), b.String())

	bo := &bytesOnly{}
	n, err = io.WriteString(io.MultiWriter(bo, io.MultiWriter(&a)), "s")
	fmt.Println(n, err, bo.got, a.String())

	n, err = io.MultiWriter(&a, failWriter{}, &b).Write([]byte("xyz"))
	fmt.Println(n, err, a.String(), b.String())
	n, err = io.MultiWriter(shortWriter{}, &b).Write([]byte("xyz"))
	fmt.Println(n, err, b.String())

	var log bytes.Buffer
	tee := io.TeeReader(strings.NewReader("teed data"), &log)
	p = make([]byte, 5)
	n, err = tee.Read(p)
	fmt.Printf("%d %q %v %q\n", n, p[:n], err, log.String())
	rest, err := io.ReadAll(tee)
	fmt.Printf("%q %v %q\n", rest, err, log.String())
	n, err = io.TeeReader(strings.NewReader("abc"), failWriter{}).Read(p)
	fmt.Println(n, err)
}
