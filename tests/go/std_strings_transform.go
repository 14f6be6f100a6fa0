package main

import (
	"fmt"
	"strings"
	"unicode"
)

func main() {
	fmt.Println(strings.Replace("oink oink oink", "k", "ky", 2), strings.Replace("oink oink oink", "oink", "moo", -1), strings.ReplaceAll("oink oink", "oink", "moo"))
	fmt.Println(strings.Replace("abc", "", "-", -1), strings.Replace("héllo", "", "|", 3), strings.Replace("abc", "x", "y", -1), strings.Replace("aaa", "a", "b", 0))
	rot13 := func(r rune) rune {
		switch {
		case r >= 'A' && r <= 'Z':
			return 'A' + (r-'A'+13)%26
		case r >= 'a' && r <= 'z':
			return 'a' + (r-'a'+13)%26
		}
		return r
	}
	fmt.Println(strings.Map(rot13, "'Twas brillig and the slithy gopher..."))
	fmt.Println(strings.Map(func(r rune) rune {
		if r == 'a' {
			return -1
		}
		return unicode.ToUpper(r)
	}, "banana é"))
	fmt.Printf("%q %q\n", strings.Map(func(r rune) rune { return r }, "ok\xffbad"), strings.Map(func(r rune) rune { return r }, "fine"))
	fmt.Println(strings.ToUpper("Hello, Wörld ß"), strings.ToLower("HELLO ÀÉ Σ"), strings.ToTitle("loud ǆ"), strings.ToUpper("abc"), strings.ToLower("ABC"))
	fmt.Printf("[%s] [%s] [%s] [%s]\n", strings.Trim("  xx  ", " "), strings.Trim("¡¡¡Hello, Gophers!!!", "!¡"), strings.TrimLeft("xxhixx", "x"), strings.TrimRight("xxhixx", "x"))
	fmt.Printf("[%s] [%s] [%s] [%q]\n", strings.TrimSpace("\t hi there \n"), strings.TrimSpace("\u00a0\u2003 wide \u3000"), strings.TrimSpace(""), strings.TrimSpace("  \xff  "))
	fmt.Println(strings.TrimPrefix("prefix-body", "prefix-"), strings.TrimPrefix("body", "x"), strings.TrimSuffix("a.go", ".go"), strings.TrimSuffix("a.go", ".c"))
	fmt.Println(strings.TrimFunc("123abc456", unicode.IsDigit), strings.TrimLeftFunc("123abc456", unicode.IsDigit), strings.TrimRightFunc("123abc456", unicode.IsDigit), strings.TrimFunc("777", unicode.IsDigit) == "")
	fmt.Println(strings.Repeat("ab", 3), strings.Repeat("-", 20), strings.Repeat("x", 0) == "", strings.Repeat("", 5) == "")
	fmt.Printf("%q\n", strings.ToValidUTF8("a\xff\xfeb\xffc", "?"))
}
