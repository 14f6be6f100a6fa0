// Exercises strconv.ParseInt/ParseUint/Atoi/ParseFloat/ParseBool error values and bases.
package main

import (
	"errors"
	"fmt"
	"strconv"
)

func main() {
	for _, c := range []struct {
		s    string
		base int
		bits int
	}{{"0x1F", 0, 64}, {"0b101", 0, 8}, {"0o17", 0, 64}, {"017", 0, 64}, {"1_000", 0, 64}, {"1_000", 10, 64},
		{"-128", 10, 8}, {"-129", 10, 8}, {"127", 10, 8}, {"128", 10, 8}, {"zz", 36, 64}, {"ZZ", 36, 16},
		{"9223372036854775807", 10, 64}, {"9223372036854775808", 10, 64}, {"-9223372036854775808", 10, 0},
		{"", 10, 64}, {"+5", 10, 64}, {"--5", 10, 64}, {"12", 1, 64}, {"12", 37, 64}, {"0x", 0, 64}, {"_1", 0, 64}} {
		v, err := strconv.ParseInt(c.s, c.base, c.bits)
		fmt.Println("ParseInt", c.s, c.base, c.bits, "=>", v, err)
	}
	for _, s := range []string{"255", "256", "-1", "18446744073709551615", "18446744073709551616", "0xff"} {
		v, err := strconv.ParseUint(s, 0, 8)
		v2, err2 := strconv.ParseUint(s, 0, 64)
		fmt.Println("ParseUint", s, v, err, v2, err2)
	}
	for _, s := range []string{"42", "-42", " 42", "4e2", "99999999999999999999", ""} {
		v, err := strconv.Atoi(s)
		fmt.Println("Atoi", s, v, err)
		var ne *strconv.NumError
		if errors.As(err, &ne) {
			fmt.Println("  func", ne.Func, "num", strconv.Quote(ne.Num), errors.Is(err, strconv.ErrRange), errors.Is(err, strconv.ErrSyntax))
		}
	}
	for _, s := range []string{"1.5", "1e400", "-1e400", "1e-400", "abc", "0x1p-2", "inf", "-Inf", "NaN", "1.5.5", ".5", "5.", "1_0.5"} {
		v, err := strconv.ParseFloat(s, 64)
		fmt.Println("ParseFloat", s, v, err)
	}
	v32, err := strconv.ParseFloat("3.4e39", 32)
	fmt.Println(v32, err)
	for _, s := range []string{"1", "t", "T", "TRUE", "true", "True", "0", "f", "FALSE", "yes", ""} {
		b, err := strconv.ParseBool(s)
		fmt.Println("ParseBool", s, b, err)
	}
}
