// %q, %x, %c and %U on strings and runes.
package main

import "fmt"

func main() {
	strs := []string{"plain", "tab\t", "nl\n", "quote\"", "back\\", "\x00\x01\x7f", "é世", "\xff\xfe", "😀", "'"}
	for _, s := range strs {
		fmt.Printf("%q %+q %x % x %X\n", s, s, s, s, s)
	}
	runes := []rune{'a', '\'', '"', '\n', 0, 'é', '世', 0x1F600, 0x7f, 0xFFFD}
	for _, r := range runes {
		fmt.Printf("%c|%q|%U|%d|%x\n", r, r, r, r, r)
	}
	fmt.Printf("%q\n", []string{"a b", "c"})
	fmt.Printf("%s|%v|%10q|%-8q|\n", "s", "v", "q", "l")
	fmt.Printf("%.2s|%.5q|%5.1s|\n", "abcdef", "abcdef", "xyz")
	fmt.Printf("%x %X % X\n", []byte("hi!"), []byte{1, 171}, []byte{255, 0})
	fmt.Printf("%s %v %d\n", []byte("bytes"), []byte("ab"), []byte("ab"))
}
