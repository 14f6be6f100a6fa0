// fmt.Sscanf: %d %s %v %q %x %c %t %f %b %o %%, widths, literal text and
// spaces in the format, newline rules, and the format errors.
package main

import "fmt"

func main() {
	var a, b int
	var s, t string
	var f float64
	n, err := fmt.Sscanf("age=42 name=bob", "age=%d name=%s", &a, &s)
	fmt.Println(n, err, a, s)
	n, err = fmt.Sscanf("(3, 4)", "(%d, %d)", &a, &b)
	fmt.Println(n, err, a, b)
	n, err = fmt.Sscanf("12345", "%2d%3d", &a, &b)
	fmt.Println(n, err, a, b)
	n, err = fmt.Sscanf("abcdef", "%3s%s", &s, &t)
	fmt.Println(n, err, s, t)
	n, err = fmt.Sscanf("ff 0x1f 101 17", "%x %v %b %o", &a, &b, &a, &b)
	fmt.Println(n, err, a, b)
	n, err = fmt.Sscanf(`"quoted \"str\"" `+"`raw`", "%q %q", &s, &t)
	fmt.Println(n, err, s, t)
	n, err = fmt.Sscanf("68656c6c6f", "%x", &s)
	fmt.Println(n, err, s)
	var r1, r2 rune
	n, err = fmt.Sscanf("a b", "%c%c", &r1, &r2)
	fmt.Println(n, err, string(r1), string(r2))
	var ok bool
	n, err = fmt.Sscanf("true 2.5 50%", "%t %f %d%%", &ok, &f, &a)
	fmt.Println(n, err, ok, f, a)
	n, err = fmt.Sscanf("3.25", "%v", &f)
	fmt.Println(n, err, f)

	n, err = fmt.Sscanf("1\n2", "%d %d", &a, &b)
	fmt.Println(n, err)
	n, err = fmt.Sscanf("1\n2", "%d\n%d", &a, &b)
	fmt.Println(n, err, a, b)
	n, err = fmt.Sscanf("1 2", "%d\n%d", &a, &b)
	fmt.Println(n, err)
	n, err = fmt.Sscanf("12", "%d %d", &a, &b)
	fmt.Println(n, err)
	n, err = fmt.Sscanf("x=1", "y=%d", &a)
	fmt.Println(n, err)
	n, err = fmt.Sscanf("1", "%d %d", &a, &b)
	fmt.Println(n, err)
	n, err = fmt.Sscanf("1 2", "%d", &a, &b)
	fmt.Println(n, err)
	n, err = fmt.Sscanf("1 2", "%d %d")
	fmt.Println(n, err)
	n, err = fmt.Sscanf("5", "%s", &a)
	fmt.Println(n, err)
	n, err = fmt.Sscanf("5", "%d", &s)
	fmt.Println(n, err)
	n, err = fmt.Sscanf("5", "%d %", &a)
	fmt.Println(n, err)
	n, err = fmt.Sscanf("5 x", "%d %%", &a)
	fmt.Println(n, err)
	n, err = fmt.Sscanf(`"unterminated`, "%q", &s)
	fmt.Println(n, err)
	n, err = fmt.Sscanf("zz", "%x", &s)
	fmt.Println(n, err)
	n, err = fmt.Sscanf("abc", "%t", &ok)
	fmt.Println(n, err)
	n, err = fmt.Sscanf("", "%d", &a)
	fmt.Println(n, err)
}
