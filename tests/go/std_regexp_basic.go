package main

import (
	"fmt"
	"regexp"
)

func main() {
	re := regexp.MustCompile(`a(b+)c`)
	fmt.Println(re.String(), re.NumSubexp())
	fmt.Println(re.MatchString("xxabbbcyy"), re.MatchString("ac"))
	fmt.Printf("%q\n", re.FindString("xxabbbcyy abc"))
	fmt.Printf("%q\n", re.FindString("nothing"))
	fmt.Println(re.FindStringIndex("xxabbbcyy abc"))
	fmt.Println(re.FindStringIndex("nothing") == nil)
	fmt.Printf("%q\n", re.FindAllString("abc abbc ac abbbc", -1))
	fmt.Printf("%q\n", re.FindAllString("abc abbc ac abbbc", 2))
	fmt.Printf("%q\n", re.FindAllString("abc abbc ac abbbc", 0))
	fmt.Println(re.FindAllString("zzz", -1) == nil)
	fmt.Println(re.FindAllStringIndex("abc abbc ac abbbc", -1))

	ok, err := regexp.MatchString(`^\d{3}-\d{4}$`, "555-1234")
	fmt.Println(ok, err)
	ok, err = regexp.MatchString(`^\d{3}-\d{4}$`, "555-12345")
	fmt.Println(ok, err)
	ok, err = regexp.MatchString(`(`, "x")
	fmt.Println(ok, err)
	ok, err = regexp.Match(`o+`, []byte("foo"))
	fmt.Println(ok, err)

	fmt.Println(regexp.QuoteMeta(`Escaping $5.00 [a-z]+ (really?) {1,2} ^x|y\z`))
	fmt.Println(regexp.QuoteMeta("plain text"))
	quoted := regexp.MustCompile(regexp.QuoteMeta("1.5+2*3"))
	fmt.Println(quoted.MatchString("x = 1.5+2*3"), quoted.MatchString("1x5+2*3"))

	// leftmost-first alternation and greedy vs lazy
	fmt.Printf("%q\n", regexp.MustCompile(`a|ab`).FindString("ab"))
	fmt.Printf("%q\n", regexp.MustCompile(`ab|a`).FindString("ab"))
	fmt.Printf("%q\n", regexp.MustCompile(`<.+>`).FindString("<a><b>"))
	fmt.Printf("%q\n", regexp.MustCompile(`<.+?>`).FindString("<a><b>"))
	fmt.Printf("%q\n", regexp.MustCompile(`(?U)<.+>`).FindString("<a><b>"))
	fmt.Printf("%q\n", regexp.MustCompile(`(?s)a.b`).FindString("a\nb"))
	fmt.Printf("%q\n", regexp.MustCompile(`a.b`).FindString("a\nb"))
	fmt.Printf("%q\n", regexp.MustCompile(`[[:alpha:]]+`).FindAllString("ab12cd", -1))
	fmt.Printf("%q\n", regexp.MustCompile(`\w+`).FindAllString("hello, wörld_1", -1))
	fmt.Printf("%q\n", regexp.MustCompile(`x{2,3}`).FindAllString("x xx xxx xxxx xxxxx", -1))
	fmt.Printf("%q\n", regexp.MustCompile(`\Q.*\E+`).FindAllString(".*.* .**", -1))

	var copied *regexp.Regexp = re.Copy()
	fmt.Println(copied.String() == re.String())
	fmt.Println(re)
	fmt.Printf("%v %s\n", re, re)
}
