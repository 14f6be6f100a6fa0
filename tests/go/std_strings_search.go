package main

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

func main() {
	fmt.Println(strings.Contains("seafood", "foo"), strings.Contains("seafood", "bar"), strings.Contains("", ""), strings.Contains("abc", ""))
	fmt.Println(strings.ContainsRune("abc", 'c'), strings.ContainsRune("abc", 'd'), strings.ContainsAny("hello", "xyz"), strings.ContainsAny("hello", "oy"), strings.ContainsAny("hello", ""))
	fmt.Println(strings.Index("chicken", "ken"), strings.Index("chicken", "dmr"), strings.Index("abc", ""), strings.Index("", "a"))
	fmt.Println(strings.IndexByte("golang", 'l'), strings.IndexByte("golang", 'x'), strings.IndexRune("chicken", 'k'), strings.IndexRune("chicken", 'd'), strings.IndexRune("héllo", 'l'))
	fmt.Println(strings.IndexRune("a\xffb", utf8.RuneError), strings.IndexRune("a\uFFFDb", utf8.RuneError), strings.IndexRune("abc", -1), strings.IndexRune("abc", 0x110000))
	fmt.Println(strings.IndexAny("golang", "ny"), strings.IndexAny("golang", ""), strings.IndexAny("gö\xffx", "\xfe"), strings.LastIndexAny("go gopher", "ordent"), strings.LastIndexAny("go gopher", "xyz"))
	fmt.Println(strings.LastIndex("go gopher", "go"), strings.LastIndex("go gopher", "rodent"), strings.LastIndex("abc", ""), strings.LastIndexByte("abcabc", 'b'), strings.LastIndexByte("abc", 'z'))
	fmt.Println(strings.IndexFunc("Hello, 世界", func(r rune) bool { return r > 127 }), strings.LastIndexFunc("go123", func(r rune) bool { return r < '0' || r > '9' }))
	fmt.Println(strings.HasPrefix("golang", "go"), strings.HasPrefix("golang", "C"), strings.HasPrefix("golang", ""), strings.HasSuffix("golang", "ng"), strings.HasSuffix("golang", "go"))
	fmt.Println(strings.Count("cheese", "e"), strings.Count("five", ""), strings.Count("héllo", ""), strings.Count("aaaa", "aa"), strings.Count("", ""))
	fmt.Println(strings.Compare("a", "b"), strings.Compare("b", "a"), strings.Compare("x", "x"), strings.Compare("", "a"))
	fmt.Println(strings.EqualFold("Go", "GO"), strings.EqualFold("σ", "Σ"), strings.EqualFold("ς", "Σ"), strings.EqualFold("k", "\u212a"), strings.EqualFold("straße", "STRASSE"), strings.EqualFold("a", "ab"))
	for _, s := range []string{"key=value", "novalue", "=x", "a=b=c"} {
		before, after, found := strings.Cut(s, "=")
		fmt.Printf("%q %q %v\n", before, after, found)
	}
}
