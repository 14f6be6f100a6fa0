package main

import (
	"errors"
	"fmt"
	"strconv"
)

func main() {
	for _, s := range []string{"42", "-17", "+5", "", "x", "-", "+", "99999999999999999999", "-9223372036854775808", "9223372036854775807", "9223372036854775808", "1_000", "123456789012345678", "0x1F", " 1", "007"} {
		n, err := strconv.Atoi(s)
		fmt.Println(n, err)
	}
	cases := []struct {
		s    string
		base int
		bits int
	}{{"0x1F", 0, 64}, {"0X1f", 0, 64}, {"0b101", 0, 8}, {"0o17", 0, 64}, {"017", 0, 64}, {"1_000", 0, 64}, {"_1", 0, 64}, {"1__0", 0, 64}, {"0x_1F", 0, 64}, {"300", 10, 8}, {"-129", 10, 8}, {"-128", 10, 8}, {"127", 10, 8}, {"zz", 36, 64}, {"ZZ", 36, 64}, {"12", 1, 64}, {"12", 37, 64}, {"12", 10, 65}, {"ff", 16, 0}, {"18446744073709551615", 10, 64}, {"18446744073709551616", 10, 64}, {"-0", 10, 64}, {"99999999999999999999x", 10, 64}, {"0x", 0, 64}, {"0b", 0, 64}}
	for _, c := range cases {
		n, err := strconv.ParseInt(c.s, c.base, c.bits)
		u, uerr := strconv.ParseUint(c.s, c.base, c.bits)
		fmt.Println(c.s, n, err, u, uerr)
	}
	_, err := strconv.Atoi("abc")
	ne := err.(*strconv.NumError)
	fmt.Println(ne.Func, ne.Num, ne.Err, ne.Err == strconv.ErrSyntax, errors.Is(err, strconv.ErrSyntax), errors.Unwrap(err) == strconv.ErrSyntax)
	_, err = strconv.ParseInt("999", 10, 8)
	fmt.Println(errors.Is(err, strconv.ErrRange), errors.Is(err, strconv.ErrSyntax))
	var target *strconv.NumError
	fmt.Println(errors.As(err, &target), target.Func)
	fmt.Println(strconv.Itoa(-123), strconv.Itoa(0), strconv.FormatInt(-255, 16), strconv.FormatInt(-9223372036854775808, 10), strconv.FormatUint(1<<63, 2), strconv.FormatInt(35, 36), strconv.FormatUint(18446744073709551615, 36))
	fmt.Println(string(strconv.AppendInt([]byte("x="), 42, 10)), string(strconv.AppendUint(nil, 7, 8)), string(strconv.AppendBool([]byte("b:"), true)))
	for _, s := range []string{"1", "t", "T", "TRUE", "true", "True", "0", "f", "F", "FALSE", "false", "False", "yes", "tRUE", ""} {
		b, err := strconv.ParseBool(s)
		fmt.Println(b, err)
	}
	fmt.Println(strconv.FormatBool(false), strconv.FormatBool(true), strconv.IntSize)
	defer func() { fmt.Println("recovered:", recover()) }()
	strconv.FormatInt(1, 1)
}
