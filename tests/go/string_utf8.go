// Strings are byte sequences: len counts bytes, indexing yields bytes,
// slicing works on byte offsets even in the middle of a rune.
package main

import "fmt"

func main() {
	s := "héllo, 世界!"
	fmt.Println(s, len(s), len([]rune(s)))
	for i := 0; i < len(s); i++ {
		fmt.Print(s[i], " ")
	}
	fmt.Println()
	fmt.Println(s[0], s[1], s[2], string(s[1]), s[1:3], s[7:10])
	fmt.Printf("%q %q %q\n", s[1:2], s[:2], s[8:])
	fmt.Printf("%T %T\n", s[0], s[1:])
	e := "😀"
	fmt.Println(len(e), e[0], e[3], []byte(e))
	fmt.Println(len(""), len("\x00"), len("\u00e9"), len("\U0001F600"), len(`\n`))
	t := "abc"
	u := t[1:]
	v := t[:0]
	fmt.Println(u, len(u), v == "", t[3:] == "", t[1:1])
	esc := "tab\there\nnew \"quoted\" \\ back"
	fmt.Println(esc)
	raw := `raw \n string
with newline`
	fmt.Println(raw, len(raw))
	fmt.Println("\a\b\f\v\r"[2], "\101\x42\u0043")
	var sum int
	for i := 0; i < len(s); i++ {
		sum += int(s[i])
	}
	fmt.Println("byte sum:", sum)
}
