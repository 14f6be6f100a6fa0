// Conversions between strings, bytes, runes, []byte and []rune, including
// invalid code points and invalid UTF-8.
package main

import "fmt"

func main() {
	s := "aé世😀"
	fmt.Println(len(s), len([]rune(s)), []byte(s))
	fmt.Println([]rune(s))
	for i, r := range s {
		fmt.Print(i, ":", r, ":", string(r), " ")
	}
	fmt.Println()
	for i := 0; i < len(s); i++ {
		fmt.Print(s[i], " ")
	}
	fmt.Println()

	fmt.Println(string(rune(65)), string(rune(0x4e16)), string(rune(-1)), string(rune(0x110000)), string(rune(0xD800)))
	fmt.Println(len(string(rune(-1))), []byte(string(rune(0xD800))))

	bad := string([]byte{0xff, 'a', 0xc3})
	fmt.Println(len(bad), []rune(bad))
	for i, r := range bad {
		fmt.Print(i, "=", r, " ")
	}
	fmt.Println()

	b := []byte("hello")
	b[0] = 'H'
	b = append(b, " world"...)
	fmt.Println(string(b), len(b))
	r := []rune("héllo")
	r[1] = 'e'
	r = append(r, '世')
	fmt.Println(string(r), len(string(r)))

	var by byte = 'A'
	by += 2
	fmt.Println(by, string(by), string(rune(by)))
	var ru rune = '世'
	fmt.Println(ru, byte(ru), string(ru), ru+1)
	fmt.Printf("%c %c %U %q %x\n", by, ru, ru, ru, ru)
	fmt.Printf("%q %x % x %X\n", s, s, s, []byte("AZ"))

	digits := ""
	for d := 0; d < 10; d++ {
		digits += string(rune('0' + d))
	}
	fmt.Println(digits)
	sum := 0
	for _, c := range digits {
		sum += int(c - '0')
	}
	fmt.Println(sum)

	upper := []byte("Mixed Case 123")
	for i, c := range upper {
		if c >= 'a' && c <= 'z' {
			upper[i] = c - 32
		}
	}
	fmt.Println(string(upper))
	empty := []byte{}
	fmt.Println(string(empty) == "", len([]rune("")), string([]rune{}) == "")
	fmt.Println(string([]rune{0x48, 0x69, -5}))
}
