package main

import (
	"fmt"
	"regexp"
)

func main() {
	star := regexp.MustCompile(`a*`)
	fmt.Printf("%q\n", star.FindAllString("baaac", -1))
	fmt.Println(star.FindAllStringIndex("baaac", -1))
	fmt.Printf("%q\n", star.ReplaceAllString("baaac", "X"))
	fmt.Printf("%q\n", star.Split("baaac", -1))
	fmt.Printf("%q\n", star.FindAllString("", -1))
	fmt.Printf("%q\n", star.ReplaceAllString("", "X"))
	fmt.Printf("%q\n", star.FindString("bbb"))
	fmt.Println(star.FindStringIndex("bbb"))

	empty := regexp.MustCompile(``)
	fmt.Printf("%q\n", empty.FindAllString("abc", -1))
	fmt.Println(empty.FindAllStringIndex("héllo", -1))
	fmt.Printf("%q\n", empty.ReplaceAllString("héllo", "-"))
	fmt.Printf("%q\n", empty.Split("abc", -1))
	fmt.Printf("%q\n", empty.Split("", -1))
	fmt.Println(empty.FindAllStringIndex("abc", 2))

	xstar := regexp.MustCompile(`x*`)
	fmt.Println(xstar.FindAllStringIndex("axxb", -1))
	fmt.Printf("%q\n", xstar.ReplaceAllString("axxb", "-"))
	fmt.Printf("%q\n", xstar.ReplaceAllString("xx", "-"))

	bound := regexp.MustCompile(`\b`)
	fmt.Println(bound.FindAllStringIndex("hi there", -1))
	fmt.Printf("%q\n", bound.ReplaceAllString("hi there", "|"))
	fmt.Printf("%q\n", bound.Split("hi there", -1))

	alt := regexp.MustCompile(`a|`)
	fmt.Println(alt.FindAllStringIndex("bab", -1))
	fmt.Printf("%q\n", alt.ReplaceAllString("baab", "<$0>"))
	lazy := regexp.MustCompile(`a*?`)
	fmt.Println(lazy.FindAllStringIndex("aa", -1))
	fmt.Printf("%q\n", lazy.ReplaceAllString("aa", "."))
	opt := regexp.MustCompile(`(b)?`)
	fmt.Printf("%q\n", opt.FindAllStringSubmatch("abb", -1))
	fmt.Println(opt.FindAllStringSubmatchIndex("abb", -1))

	// invalid UTF-8 steps one byte at a time
	fmt.Println(xstar.FindAllStringIndex("a\xffb", -1))
	fmt.Printf("%q\n", xstar.ReplaceAllString("\xff\xfe", "."))
}
