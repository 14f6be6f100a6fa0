package main

import (
	"fmt"
	"regexp"
)

func main() {
	re := regexp.MustCompile(`a(|b)`)
	fmt.Printf("%q\n", re.FindString("ab"))
	re.Longest()
	fmt.Printf("%q\n", re.FindString("ab"))
	re.Longest()
	fmt.Printf("%q\n", re.FindString("ab"))

	lazy := regexp.MustCompile(`a+?`)
	fmt.Printf("%q\n", lazy.FindString("aaa"))
	copied := lazy.Copy()
	copied.Longest()
	fmt.Printf("%q %q\n", lazy.FindString("aaa"), copied.FindString("aaa"))

	alt := regexp.MustCompile(`sam|samwise`)
	fmt.Printf("%q\n", alt.FindAllString("samwise sam", -1))
	alt.Longest()
	fmt.Printf("%q\n", alt.FindAllString("samwise sam", -1))

	posix := regexp.MustCompilePOSIX(`sam|samwise`)
	fmt.Printf("%q %s\n", posix.FindAllString("samwise sam", -1), posix)
	p2, err := regexp.CompilePOSIX(`(a+)(a*)`)
	fmt.Println(err)
	fmt.Printf("%q\n", p2.FindStringSubmatch("aaa"))
	lines := regexp.MustCompilePOSIX(`^[a-z]+$`)
	fmt.Printf("%q\n", lines.FindAllString("abc\ndef\n12\nxyz", -1))
	fmt.Printf("%q\n", regexp.MustCompilePOSIX(`a.c`).FindAllString("abc a\nc", -1))
	fmt.Printf("%q\n", regexp.MustCompilePOSIX(`[[:digit:]]+|x`).FindAllString("12x345", -1))

	longestRepl := regexp.MustCompile(`x*|y`)
	fmt.Printf("%q\n", longestRepl.ReplaceAllString("xxyz", "-"))
	longestRepl.Longest()
	fmt.Printf("%q\n", longestRepl.ReplaceAllString("xxyz", "-"))

}
