// Conversions between strings, []byte and []rune copy the data: mutating the
// copy leaves the original unchanged.
package main

import "fmt"

func main() {
	s := "hello"
	b := []byte(s)
	b[0] = 'J'
	fmt.Println(s, string(b), b)
	r := []rune("añb")
	r[1] = 'n'
	fmt.Println(string(r), r, len(r))
	orig := []byte{'a', 'b', 'c'}
	str := string(orig)
	orig[0] = 'X'
	fmt.Println(str, string(orig))
	runes := []rune{'世', '界'}
	rstr := string(runes)
	runes[0] = 'x'
	fmt.Println(rstr, string(runes), len(rstr))
	fmt.Println(string(rune(65)), string(rune(0x4e16)), string(rune(-1)), string(rune(0x110000)), string(rune(0xD800)))
	var i int = 0x1F600
	fmt.Println(string(rune(i)), len(string(rune(i))))
	var big int64 = 1 << 40
	fmt.Println(string(rune(big)), []byte(string(rune(big))))
	var by byte = 0xe9
	fmt.Println(string(by), len(string(by)), string(rune(by)))
	var neg int = -5
	fmt.Printf("%q\n", string(rune(neg)))
	empty := []byte("")
	fmt.Println(empty == nil, len(empty), string([]byte(nil)) == "")
	bs := []byte("abc")
	bs = append(bs, "def"...)
	fmt.Println(string(bs), len(bs))
	cp := make([]byte, 3)
	n := copy(cp, "xyzw")
	fmt.Println(n, string(cp))
	u := string(b[1:3]) + string(r[0])
	fmt.Println(u)
	fmt.Println([]byte("€"), []rune("€"))
}
