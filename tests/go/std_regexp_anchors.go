package main

import (
	"fmt"
	"regexp"
)

func show(pattern, s string) {
	re := regexp.MustCompile(pattern)
	fmt.Printf("%-12q %-16q %v %q\n", pattern, s, re.FindAllStringIndex(s, -1), re.FindAllString(s, -1))
}

func main() {
	text := "one\ntwo\nthree"
	show(`^\w+`, text)
	show(`(?m)^\w+`, text)
	show(`\w+$`, text)
	show(`(?m)\w+$`, text)
	show(`(?m)^`, text)
	show(`(?m)$`, text)
	show(`^`, "abc")
	show(`$`, "abc")
	show(`^$`, "")
	show(`(?m)^$`, "a\n\nb\n")
	show(`\A\w`, "ab cd")
	show(`\w\z`, "ab cd")
	show(`\bcat\b`, "cat concat cat's bobcat cat")
	show(`\Bcat`, "cat concat bobcat")
	show(`^a|b$`, "aab bab")
	show(`a$|^b`, "ba\nb")
	show(`(?m:^x)|y$`, "y\nxy")
	show(`(?i)^HELLO`, "hello world")
	show(`^\s*#`, "  # comment")

	// ^ does not match in the middle even when a search starts there
	re := regexp.MustCompile(`^a`)
	fmt.Println(re.FindAllStringIndex("aaa", -1))
	fmt.Printf("%q\n", re.ReplaceAllString("aaa", "X"))
	fmt.Printf("%q\n", regexp.MustCompile(`(?m)^a`).ReplaceAllString("aa\naa", "X"))
	fmt.Printf("%q\n", regexp.MustCompile(`\b`).ReplaceAllString("ab cd", "|"))
}
