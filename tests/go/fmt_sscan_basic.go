// fmt.Sscan and Sscanln: ints (with base prefixes and underscores),
// floats, strings, bools, bytes; newlines as space or as the end; the
// errors for missing input, bad syntax and overflow; the count returned.
package main

import "fmt"

func main() {
	var i, j int
	var f float64
	var s string
	n, err := fmt.Sscan("42 3.5 hello -7", &i, &f, &s, &j)
	fmt.Println(n, err, i, f, s, j)
	n, err = fmt.Sscan("  10\n\n  20  ", &i, &j)
	fmt.Println(n, err, i, j)
	n, err = fmt.Sscan("0x1F 0b101 0o17 017 1_000", &i, &j, &i, &j, &i)
	fmt.Println(n, err, i, j)
	n, err = fmt.Sscan("5", &i, &j)
	fmt.Println(n, err, i)
	n, err = fmt.Sscan("", &i)
	fmt.Println(n, err)
	n, err = fmt.Sscan("abc", &i)
	fmt.Println(n, err)
	n, err = fmt.Sscan("12abc", &i, &s)
	fmt.Println(n, err, i, s)
	n, err = fmt.Sscan("- 5", &i)
	fmt.Println(n, err)

	var i8 int8
	var u8 uint8
	var u uint
	var i64 int64
	n, err = fmt.Sscan("127 -128", &i8, &i8)
	fmt.Println(n, err, i8)
	n, err = fmt.Sscan("128", &i8)
	fmt.Println(n, err)
	n, err = fmt.Sscan("256", &u8)
	fmt.Println(n, err)
	n, err = fmt.Sscan("-1", &u)
	fmt.Println(n, err)
	n, err = fmt.Sscan("99999999999999999999", &i64)
	fmt.Println(n, err)

	var f32 float32
	n, err = fmt.Sscan("1e3 2.5e-2 -0.5 inf", &f, &f32, &f, &f)
	fmt.Println(n, err, f, f32)
	n, err = fmt.Sscan("1e400", &f32)
	fmt.Println(n, err)
	n, err = fmt.Sscan("1.5p3 0x1p4 nan", &f, &f32, &f)
	fmt.Println(n, err, f32)
	n, err = fmt.Sscan("1.2.3", &f)
	fmt.Println(n, err)

	var b1, b2, b3 bool
	n, err = fmt.Sscan("true F 1", &b1, &b2, &b3)
	fmt.Println(n, err, b1, b2, b3)
	n, err = fmt.Sscan("tru", &b1)
	fmt.Println(n, err)

	var bs []byte
	var r rune
	n, err = fmt.Sscan("bytes 65", &bs, &r)
	fmt.Println(n, err, bs, r)

	n, err = fmt.Sscanln("1 2\n3", &i, &j)
	fmt.Println(n, err, i, j)
	n, err = fmt.Sscanln("1\n2", &i, &j)
	fmt.Println(n, err)
	n, err = fmt.Sscanln("1 2 3\n", &i, &j)
	fmt.Println(n, err)
	n, err = fmt.Sscanln("7 8   \r\n", &i, &j)
	fmt.Println(n, err, i, j)
	n, err = fmt.Sscanln("", &i)
	fmt.Println(n, err)
	n, err = fmt.Sscanln("\n", &i)
	fmt.Println(n, err)
	n, err = fmt.Sscan("x", i)
	fmt.Println(n, err)
	n, err = fmt.Sscan("1 2", &i)
	fmt.Println(n, err)
}
