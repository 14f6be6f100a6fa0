// io.Discard, NopCloser, WriteString and the interfaces of package io as
// types: what implements what, and %T of io's own values.
package main

import (
	"bytes"
	"fmt"
	"io"
	"strings"
)

type onlyReader struct{ r io.Reader }

func (o onlyReader) Read(p []byte) (int, error) { return o.r.Read(p) }

type stringOnly struct{ calls []string }

func (s *stringOnly) Write(p []byte) (int, error) {
	s.calls = append(s.calls, "Write")
	return len(p), nil
}

func (s *stringOnly) WriteString(str string) (int, error) {
	s.calls = append(s.calls, "WriteString:"+str)
	return len(str), nil
}

func main() {
	n, err := io.Discard.Write([]byte("abc"))
	fmt.Println(n, err)
	n, err = io.WriteString(io.Discard, "hello")
	fmt.Println(n, err)
	copied, err := io.Copy(io.Discard, onlyReader{strings.NewReader(strings.Repeat("z", 20000))})
	fmt.Println(copied, err)
	_, isReaderFrom := io.Discard.(io.ReaderFrom)
	fmt.Printf("%T %v\n", io.Discard, isReaderFrom)

	rc := io.NopCloser(strings.NewReader("data"))
	fmt.Printf("%T %v\n", rc, rc.Close())
	_, isWriterTo := rc.(io.WriterTo)
	fmt.Println(isWriterTo)
	var buf bytes.Buffer
	copied, err = io.Copy(&buf, rc)
	fmt.Println(copied, err, buf.String())
	rc = io.NopCloser(onlyReader{strings.NewReader("x")})
	_, isWriterTo = rc.(io.WriterTo)
	fmt.Printf("%T %v\n", rc, isWriterTo)

	so := &stringOnly{}
	io.WriteString(so, "direct")
	io.Copy(so, strings.NewReader("via copy"))
	fmt.Println(so.calls)

	var rw io.ReadWriter = &buf
	var wc io.WriteCloser
	var rs io.RuneScanner = strings.NewReader("é")
	var bs io.ByteScanner = &buf
	var sw io.StringWriter = &buf
	r, size, err := rs.ReadRune()
	fmt.Println(rw != nil, wc == nil, string(r), size, err, bs != nil, sw != nil)
	fmt.Println(rs.UnreadRune(), rs.UnreadRune())
}
