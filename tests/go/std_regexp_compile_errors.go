package main

import (
	"errors"
	"fmt"
	"regexp"
	"regexp/syntax"
)

func main() {
	patterns := []string{
		`(a`, `a)`, `[a`, `[z-a]`, `a\`, `*a`, `a**`, `a*+`, `x{2}{3}`, `a{1001}`, `a{2,1}`,
		`(?z)`, `(?P<>a)`, `(?P<n!>a)`, `(?P<n`, `\q`, `\8`, `\C`, `[[:foo:]]`, `\pX`, `\p{Foo}`,
		`(?i`, `(?<n>a)`, `[]`, `[^]`, `\x{110000}`, `\x{zz}`, `(?P=n)`, `+`, `\Z`, `\cA`,
		`(?#c)`, `\x{`, `[\p`, `\p{Kawi}`, `(?P<é>x)`, `a{1001}?`, `a*{1001}`, `ab\Cc(`, "a\xffb",
		`(a{2}){1000}`, `[a-\d]`, `(?-)`, `\1`,
		// valid ones
		`a{1000}`, `{`, `a{`, `a{,5}`, `\Q*\E`, `(?)`, `[\d-z]`, `(?P<n>a)(?P<n>b)`, `^*`, `[]a]`, `\pN`,
	}
	for _, p := range patterns {
		re, err := regexp.Compile(p)
		if err != nil {
			fmt.Printf("%q: %v\n", p, err)
			continue
		}
		fmt.Printf("%q: ok %d\n", p, re.NumSubexp())
	}

	_, err := regexp.Compile(`a(b`)
	fmt.Printf("%T\n", err)
	var se *syntax.Error
	if errors.As(err, &se) {
		fmt.Printf("%q %q %v\n", se.Code, se.Expr, se.Code == syntax.ErrMissingParen)
	}
	if e, ok := err.(*syntax.Error); ok {
		fmt.Println(e.Code.String(), e.Code == syntax.ErrInvalidEscape)
	}
	_, err = regexp.CompilePOSIX(`\d`)
	fmt.Println(err)
	_, err = regexp.CompilePOSIX(`[a-`)
	fmt.Println(err)
	_, err = regexp.CompilePOSIX(`(?i)x`)
	fmt.Println(err)

	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		regexp.MustCompile("bad\t[")
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		regexp.MustCompilePOSIX(`a\b`)
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		regexp.MustCompile("`x(")
	}()
}
