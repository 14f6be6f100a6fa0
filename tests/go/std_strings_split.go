package main

import (
	"fmt"
	"strings"
	"unicode"
)

func show(a []string) {
	fmt.Printf("%q len=%d cap=%d\n", a, len(a), cap(a))
}

func main() {
	show(strings.Split("a,b,,c", ","))
	show(strings.Split("a man a plan a canal panama", "a "))
	show(strings.Split(" xyz ", ""))
	show(strings.Split("", "Bernardo O'Higgins"))
	show(strings.Split("", ""))
	show(strings.Split("héllo\xff", ""))
	show(strings.SplitN("a,b,c,d", ",", 2))
	show(strings.SplitN("a,b,c,d", ",", 0))
	show(strings.SplitN("a,b,c,d", ",", -1))
	show(strings.SplitN("a,b", ",", 10))
	show(strings.SplitN("abcd", "", 2))
	show(strings.SplitAfter("a,b,c", ","))
	show(strings.SplitAfterN("a,b,c,d", ",", 3))
	show(strings.Fields("  foo bar\tbaz\n "))
	show(strings.Fields(""))
	show(strings.Fields(" \t\n "))
	show(strings.Fields(" \u00a0foo\u2003bar\u3000baz "))
	show(strings.FieldsFunc("a1b2c33d", unicode.IsDigit))
	show(strings.FieldsFunc("  foo1;bar2,baz3...", func(c rune) bool { return !unicode.IsLetter(c) && !unicode.IsNumber(c) }))
	calls := 0
	strings.FieldsFunc("abc def", func(r rune) bool { calls++; return r == ' ' })
	fmt.Println("calls:", calls)
	fmt.Println(strings.Join([]string{"x", "y", "z"}, "-"), strings.Join(nil, ","), strings.Join([]string{"only"}, ","), strings.Join([]string{"", ""}, "+"))
}
