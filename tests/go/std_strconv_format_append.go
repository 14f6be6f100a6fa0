// Exercises strconv.FormatFloat formats and precisions, FormatInt bases and the Append* family.
package main

import (
	"fmt"
	"math"
	"strconv"
)

func main() {
	vals := []float64{0, math.Copysign(0, -1), 1, -1.5, 3.14159265358979, 1e21, 1e20, 1.23e-7, 100, 123456789,
		0.1, 2.5, 3.5, 1.0 / 3, math.MaxFloat64, math.SmallestNonzeroFloat64, math.Inf(1), math.Inf(-1), math.NaN()}
	for _, v := range vals {
		fmt.Println(strconv.FormatFloat(v, 'g', -1, 64), strconv.FormatFloat(v, 'e', -1, 64),
			strconv.FormatFloat(v, 'f', -1, 64)[:min(30, len(strconv.FormatFloat(v, 'f', -1, 64)))],
			strconv.FormatFloat(v, 'g', 3, 64), strconv.FormatFloat(v, 'e', 2, 64), strconv.FormatFloat(v, 'f', 0, 64)[:min(20, len(strconv.FormatFloat(v, 'f', 0, 64)))],
			strconv.FormatFloat(v, 'G', 5, 64), strconv.FormatFloat(v, 'E', -1, 64), strconv.FormatFloat(v, 'g', -1, 32))
	}
	fmt.Println(strconv.FormatFloat(1.5, 'b', -1, 64), strconv.FormatFloat(1.5, 'x', -1, 64), strconv.FormatFloat(1.5, 'X', 3, 64))
	for _, b := range []int{2, 8, 10, 16, 36} {
		fmt.Println(b, strconv.FormatInt(-255, b), strconv.FormatUint(math.MaxUint64, b), strconv.FormatInt(math.MinInt64, b))
	}
	buf := []byte("x=")
	buf = strconv.AppendInt(buf, -42, 10)
	buf = append(buf, ' ')
	buf = strconv.AppendUint(buf, 255, 16)
	buf = append(buf, ' ')
	buf = strconv.AppendFloat(buf, 2.5e-3, 'g', -1, 64)
	buf = append(buf, ' ')
	buf = strconv.AppendBool(buf, true)
	buf = append(buf, ' ')
	buf = strconv.AppendQuote(buf, "hi\n")
	buf = strconv.AppendQuoteRune(buf, '☺')
	buf = strconv.AppendQuoteToASCII(buf, "☺")
	buf = strconv.AppendQuoteRuneToASCII(buf, '\u2028')
	fmt.Println(string(buf))
	fmt.Println(strconv.Itoa(0), strconv.Itoa(-9), strconv.FormatBool(false), strconv.IntSize)
}

func min(a, b int) int {
	if a < b {
		return a
	}
	return b
}
