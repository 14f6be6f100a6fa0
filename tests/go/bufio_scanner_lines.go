// bufio.Scanner with ScanLines: CRLF, empty lines, a last line without a
// newline, a reader that returns one byte at a time, lines longer than the
// buffer (growth and ErrTooLong), Buffer and the panics after Scan.
package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"strings"
)

type oneByteReader struct{ s string }

func (r *oneByteReader) Read(p []byte) (int, error) {
	if r.s == "" {
		return 0, io.EOF
	}
	if len(p) == 0 {
		return 0, nil
	}
	p[0] = r.s[0]
	r.s = r.s[1:]
	return 1, nil
}

type failingReader struct{ data string }

func (r *failingReader) Read(p []byte) (int, error) {
	if r.data == "" {
		return 0, errors.New("connection reset")
	}
	n := copy(p, r.data)
	r.data = r.data[n:]
	return n, nil
}

func scanAll(name string, sc *bufio.Scanner) {
	var lines []string
	for sc.Scan() {
		lines = append(lines, fmt.Sprintf("%q", sc.Text()))
	}
	fmt.Println(name, len(lines), strings.Join(lines, " "), sc.Err())
}

func main() {
	scanAll("basic", bufio.NewScanner(strings.NewReader("one\ntwo\r\n\nthree\r\nlast")))
	scanAll("trailing", bufio.NewScanner(strings.NewReader("a\nb\n")))
	scanAll("empty", bufio.NewScanner(strings.NewReader("")))
	scanAll("newlines", bufio.NewScanner(strings.NewReader("\n\n\n")))
	scanAll("cr", bufio.NewScanner(strings.NewReader("x\r")))
	scanAll("bytewise", bufio.NewScanner(&oneByteReader{"ab\ncd\r\nef"}))
	scanAll("failing", bufio.NewScanner(&failingReader{"ok\npartial"}))

	long := strings.Repeat("x", 10000)
	sc := bufio.NewScanner(strings.NewReader("short\n" + long + "\nafter\n"))
	for sc.Scan() {
		fmt.Println(len(sc.Text()))
	}
	fmt.Println(sc.Err())

	sc = bufio.NewScanner(strings.NewReader("ok\n" + strings.Repeat("y", 70000) + "\nnever\n"))
	for sc.Scan() {
		fmt.Println(len(sc.Bytes()))
	}
	fmt.Println(sc.Err(), sc.Err() == bufio.ErrTooLong)

	sc = bufio.NewScanner(strings.NewReader("0123456789abcdef\nxy\n"))
	sc.Buffer(make([]byte, 4), 8)
	for sc.Scan() {
		fmt.Println(sc.Text())
	}
	fmt.Println(sc.Err())

	sc = bufio.NewScanner(strings.NewReader("0123456789\n"))
	sc.Buffer(make([]byte, 0, 4), 20)
	for sc.Scan() {
		fmt.Println(sc.Text())
	}
	fmt.Println(sc.Err(), sc.Scan(), sc.Scan())

	for _, f := range []func(*bufio.Scanner){
		func(s *bufio.Scanner) { s.Buffer(nil, 10) },
		func(s *bufio.Scanner) { s.Split(bufio.ScanWords) },
	} {
		func() {
			defer func() { fmt.Println("panic:", recover()) }()
			s := bufio.NewScanner(strings.NewReader("x"))
			s.Scan()
			f(s)
		}()
	}
	fmt.Println(bufio.MaxScanTokenSize)
}
