// bytes trimming (which results are nil or empty, and that they share the
// argument), case mapping, Map, Repeat, Replace and ToValidUTF8, with the
// capacities of the new slices.
package main

import (
	"bytes"
	"fmt"
	"unicode"
)

func show(name string, b []byte) {
	fmt.Printf("%s %q nil=%v len=%d\n", name, b, b == nil, len(b))
}

func main() {
	s := []byte("  \t hello, world \n")
	show("TrimSpace", bytes.TrimSpace(s))
	show("TrimSpaceAll", bytes.TrimSpace([]byte(" \t\n")))
	show("TrimSpaceUni", bytes.TrimSpace([]byte("\u2003 héllo\u00a0")))
	show("Trim", bytes.Trim([]byte("xxhixyx"), "xy"))
	show("TrimAll", bytes.Trim([]byte("xyx"), "xy"))
	show("TrimEmpty", bytes.Trim([]byte{}, "x"))
	show("TrimNoCutset", bytes.Trim([]byte("abc"), ""))
	show("TrimUnicode", bytes.Trim([]byte("ééaéé"), "é"))
	show("TrimLeft", bytes.TrimLeft([]byte("aabcaa"), "a"))
	show("TrimLeftAll", bytes.TrimLeft([]byte("aa"), "a"))
	show("TrimRight", bytes.TrimRight([]byte("aabcaa"), "a"))
	show("TrimRightAll", bytes.TrimRight([]byte("aa"), "a"))
	show("TrimRightNil", bytes.TrimRight(nil, "a"))
	show("TrimFunc", bytes.TrimFunc([]byte("123abc456"), unicode.IsDigit))
	show("TrimFuncAll", bytes.TrimFunc([]byte("123"), unicode.IsDigit))
	show("TrimLeftFunc", bytes.TrimLeftFunc([]byte("123abc456"), unicode.IsDigit))
	show("TrimLeftFuncAll", bytes.TrimLeftFunc([]byte("1"), unicode.IsDigit))
	show("TrimRightFunc", bytes.TrimRightFunc([]byte("123abc456"), unicode.IsDigit))
	show("TrimRightFuncAll", bytes.TrimRightFunc([]byte("1"), unicode.IsDigit))
	show("TrimPrefix", bytes.TrimPrefix([]byte("prefix-body"), []byte("prefix-")))
	show("TrimSuffix", bytes.TrimSuffix([]byte("body.go"), []byte(".go")))
	show("TrimSuffixNo", bytes.TrimSuffix([]byte("body.go"), []byte(".c")))

	// Trimmed results share the argument's bytes.
	src := []byte("  shared  ")
	src = src[:len(src):len(src)] // not Go's 32-byte stack buffer
	t := bytes.TrimSpace(src)
	t[0] = 'S'
	fmt.Printf("%q %d\n", src, cap(t))

	for _, in := range []string{"hello", "HELLO", "MiXeD 123", "héllo wörld", "ǅ", ""} {
		u, l := bytes.ToUpper([]byte(in)), bytes.ToLower([]byte(in))
		fmt.Printf("%q %d %q %d %q\n", u, cap(u), l, cap(l), bytes.ToTitle([]byte(in)))
	}
	rot := func(r rune) rune {
		if r >= 'a' && r <= 'z' {
			return 'a' + (r-'a'+13)%26
		}
		if r == ' ' {
			return -1
		}
		return r
	}
	m := bytes.Map(rot, []byte("hello world\xff"))
	fmt.Printf("%q %d\n", m, cap(m))
	m = bytes.Map(func(r rune) rune { return '世' }, []byte("abc"))
	fmt.Printf("%q %d\n", m, cap(m))

	rep := bytes.Repeat([]byte("ab"), 3)
	fmt.Printf("%q %d %q\n", rep, cap(rep), bytes.Repeat([]byte("x"), 0))
	func() {
		defer func() { fmt.Println("panic:", recover()) }()
		bytes.Repeat([]byte("x"), -1)
	}()

	r := bytes.Replace([]byte("oink oink oink"), []byte("k"), []byte("ky"), 2)
	fmt.Printf("%q %d\n", r, cap(r))
	r = bytes.ReplaceAll([]byte("oink oink"), []byte("oink"), []byte("moo"))
	fmt.Printf("%q %d\n", r, cap(r))
	r = bytes.Replace([]byte("abc"), []byte("x"), []byte("y"), -1)
	fmt.Printf("%q %d\n", r, cap(r))
	r = bytes.Replace([]byte("héy"), nil, []byte("-"), -1)
	fmt.Printf("%q %d\n", r, cap(r))
	r = bytes.Replace([]byte("aaa"), []byte("a"), []byte("a"), -1)
	fmt.Printf("%q %d\n", r, cap(r))
	r = bytes.Replace(nil, []byte("a"), []byte("b"), 0)
	fmt.Printf("%q %v\n", r, r == nil)

	v := bytes.ToValidUTF8([]byte("a\xff\xfeb\xc0c"), []byte("?"))
	fmt.Printf("%q %d\n", v, cap(v))
}
