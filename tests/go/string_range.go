// range over a string decodes UTF-8: it yields byte offsets and runes, and an
// invalid byte yields U+FFFD with a width of one byte.
package main

import "fmt"

func main() {
	for i, r := range "aé世😀" {
		fmt.Println(i, r, string(r))
	}
	bad := "a\xffb\xc3(c\xe2\x82d\xed\xa0\x80e\xf0\x9f\x98"
	for i, r := range bad {
		fmt.Printf("%d:%U:%q ", i, r, r)
	}
	fmt.Println()
	n := 0
	for range bad {
		n++
	}
	fmt.Println("runes:", n, "bytes:", len(bad), "[]rune:", len([]rune(bad)))
	for i := range "héllo" {
		fmt.Print(i, " ")
	}
	fmt.Println()
	rs := []rune(bad)
	fmt.Println(rs)
	fmt.Println(string(rs) == bad, len(string(rs)))
	var last rune
	for _, last = range "xyz€" {
	}
	fmt.Println(last, string(last))
	fmt.Println(string([]rune{0xD800, 0x10FFFF, 0x110000, -1, 65}))
	overlong := "\xc0\xaf\xe0\x80\xaf"
	for i, r := range overlong {
		fmt.Print(i, ":", r, " ")
	}
	fmt.Println()
}
