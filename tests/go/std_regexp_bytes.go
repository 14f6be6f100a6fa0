package main

import (
	"fmt"
	"regexp"
)

func main() {
	re := regexp.MustCompile(`(\d+)(px)?`)
	b := []byte("w=10px h=20 d=3px")
	fmt.Println(re.Match(b), re.Match([]byte("none")), re.Match(nil))

	found := re.Find(b)
	fmt.Printf("%q len=%d cap=%d\n", found, len(found), cap(found))
	fmt.Println(re.Find([]byte("none")) == nil)
	fmt.Println(re.FindIndex(b), re.FindIndex(nil) == nil)

	sub := re.FindSubmatch([]byte("h=20 d=3px"))
	for i, g := range sub {
		fmt.Printf("%d %q nil=%v cap=%d\n", i, g, g == nil, cap(g))
	}
	fmt.Println(re.FindSubmatchIndex(b))

	all := re.FindAll(b, -1)
	fmt.Printf("%q %d\n", all, len(all))
	for _, m := range all {
		fmt.Print(cap(m), " ")
	}
	fmt.Println()
	fmt.Printf("%q\n", re.FindAll(b, 2))
	fmt.Println(re.FindAll([]byte("x"), -1) == nil)
	fmt.Println(re.FindAllIndex(b, -1))
	for _, groups := range re.FindAllSubmatch(b, -1) {
		fmt.Printf("%q %v\n", groups, groups[2] == nil)
	}
	fmt.Println(re.FindAllSubmatchIndex(b, -1))

	// results alias the input
	m := re.Find(b)
	m[0] = '9'
	fmt.Printf("%s\n", b)
	grown := append(re.Find(b), '!')
	fmt.Printf("%s %s\n", grown, b)

	fmt.Printf("%q\n", re.ReplaceAll(b, []byte("<$1>")))
	fmt.Printf("%q\n", re.ReplaceAll([]byte(""), []byte("x")))
	fmt.Println(re.ReplaceAll([]byte(""), []byte("x")) == nil)
	fmt.Println(re.ReplaceAll(nil, []byte("x")) == nil)
	empty := regexp.MustCompile(`z*`)
	fmt.Printf("%q\n", empty.ReplaceAll(nil, []byte("x")))
	fmt.Printf("%q\n", empty.FindAll(nil, -1))
	fmt.Println(empty.FindAllIndex([]byte("ab"), -1))
}
