// bufio.Scanner's split functions: ScanWords (Unicode spaces), ScanRunes
// (invalid UTF-8 as U+FFFD), ScanBytes, and custom split functions: a
// comma splitter, ErrFinalToken, a failing split, bad advance counts.
package main

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"strings"
)

func tokens(input string, split bufio.SplitFunc) {
	sc := bufio.NewScanner(strings.NewReader(input))
	sc.Split(split)
	var toks []string
	for sc.Scan() {
		toks = append(toks, fmt.Sprintf("%q", sc.Text()))
	}
	fmt.Println(len(toks), strings.Join(toks, " "), sc.Err())
}

func commaSplit(data []byte, atEOF bool) (int, []byte, error) {
	if i := bytes.IndexByte(data, ','); i >= 0 {
		return i + 1, data[:i], nil
	}
	if atEOF && len(data) > 0 {
		return len(data), data, nil
	}
	return 0, nil, nil
}

func stopAtDot(data []byte, atEOF bool) (int, []byte, error) {
	advance, token, err := bufio.ScanWords(data, atEOF)
	if err == nil && token != nil && string(token) == "." {
		return advance, []byte("END"), bufio.ErrFinalToken
	}
	return advance, token, err
}

var errBadToken = errors.New("bad token")

func rejectX(data []byte, atEOF bool) (int, []byte, error) {
	advance, token, err := bufio.ScanWords(data, atEOF)
	if string(token) == "x" {
		return 0, nil, errBadToken
	}
	return advance, token, err
}

func main() {
	tokens("  the quick\tbrown\n\nfox  ", bufio.ScanWords)
	tokens("a\u00a0b\u2003c\u3000d\u0085e\xffx f", bufio.ScanWords)
	tokens("", bufio.ScanWords)
	tokens(" \n\t ", bufio.ScanWords)
	tokens("héllo\xff世", bufio.ScanRunes)
	tokens("ab\xe4\xb8", bufio.ScanRunes)
	tokens("abc", bufio.ScanBytes)
	tokens("a,b,,c", commaSplit)
	tokens("one two . three", stopAtDot)
	tokens("a b x c", rejectX)
	tokens("abc", func(data []byte, atEOF bool) (int, []byte, error) { return -1, nil, nil })
	tokens("abc", func(data []byte, atEOF bool) (int, []byte, error) { return len(data) + 1, nil, nil })

	// A long word crosses buffer refills.
	long := strings.Repeat("w", 5000)
	sc := bufio.NewScanner(strings.NewReader("a " + long + " b"))
	sc.Split(bufio.ScanWords)
	for sc.Scan() {
		fmt.Print(len(sc.Text()), " ")
	}
	fmt.Println(sc.Err())

	// Empty tokens at EOF that never advance: the Scanner gives up.
	func() {
		defer func() { fmt.Println("panic:", recover()) }()
		sc := bufio.NewScanner(strings.NewReader(""))
		sc.Split(func(data []byte, atEOF bool) (int, []byte, error) { return 0, []byte{}, nil })
		n := 0
		for sc.Scan() {
			n++
		}
		fmt.Println("tokens", n)
	}()
	fmt.Println(bufio.ErrTooLong, bufio.ErrNegativeAdvance, bufio.ErrAdvanceTooFar, bufio.ErrFinalToken)
}
