package main

import (
	"fmt"
	"regexp"
	"strings"
)

func main() {
	re := regexp.MustCompile(`(\w+)@(?P<host>\w+)\.com`)
	src := "mail bob@example.com or amy@test.com now"
	for _, tmpl := range []string{
		"$1 at $2",
		"${1} at ${host}",
		"$host/$1",
		"$1x",
		"${1}x",
		"$$1",
		"$",
		"$ {1}",
		"${1",
		"${}",
		"$9",
		"${host}${host}",
		"$0",
		"$01",
		"$nope!",
		"[$é]",
		"$1$",
	} {
		fmt.Printf("%-18q %q\n", tmpl, re.ReplaceAllString(src, tmpl))
	}
	fmt.Printf("%q\n", re.ReplaceAllLiteralString(src, "$1"))
	fmt.Printf("%q\n", re.ReplaceAllStringFunc(src, strings.ToUpper))
	fmt.Printf("%q\n", re.ReplaceAllString("no match here", "$1"))

	fmt.Printf("%q\n", re.ReplaceAll([]byte(src), []byte("<$host>")))
	fmt.Printf("%q\n", re.ReplaceAllLiteral([]byte(src), []byte("<$host>")))
	fmt.Printf("%q\n", re.ReplaceAllFunc([]byte(src), func(b []byte) []byte {
		return []byte(fmt.Sprint(len(b)))
	}))

	// Expand and ExpandString
	pairs := regexp.MustCompile(`(?m)(?P<key>\w+):\s+(?P<value>\w+)$`)
	content := "# comment\noption1: value1\noption2: value2\n"
	var out []byte
	for _, m := range pairs.FindAllStringSubmatchIndex(content, -1) {
		out = pairs.ExpandString(out, "$key=$value\n", content, m)
	}
	fmt.Printf("%q\n", out)
	out = nil
	for _, m := range pairs.FindAllSubmatchIndex([]byte(content), -1) {
		out = pairs.Expand(out, []byte("[${value}]"), []byte(content), m)
	}
	fmt.Printf("%q\n", out)
	fmt.Printf("%q\n", pairs.ExpandString([]byte("pre:"), "$key $2 $3", "k: v", []int{0, 4, 0, 1, 3, 4}))

	// unmatched groups expand to nothing; duplicate names take the first that matched
	opt := regexp.MustCompile(`(?P<x>a)|(?P<x>b)`)
	fmt.Printf("%q\n", opt.ReplaceAllString("ab", "[$x|$1|$2]"))
	fmt.Printf("%q\n", regexp.MustCompile(`(a)(b)?`).ReplaceAllString("a ab", "<$2>"))
}
