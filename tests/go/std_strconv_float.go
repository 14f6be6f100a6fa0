package main

import (
	"fmt"
	"math"
	"strconv"
)

func main() {
	for _, s := range []string{"3.14", "1e10", "-0", "+0", "inf", "+Inf", "-Infinity", "INFINITY", "infin", "NaN", "nan", "+nan", "1e400", "-1e400", "1e-400", "0x1p-2", "0x1.8p3", "0X1P+2", "0x1.8", "0x", "1_0.5", "0x_1p0", "0x1_0p0", "1e1_0", ".5", "5.", ".", "1e", "1e+", "abc", "", "1.7976931348623157e308", "1.7976931348623159e308", "4.9e-324", "2e-324", "3.4e39", "3.4028235e38", "123456789012345678901234567890", "0.000000000000000000000000000001", "1.5.5", "--1", "1e-5", "100"} {
		f, err := strconv.ParseFloat(s, 64)
		g, err2 := strconv.ParseFloat(s, 32)
		fmt.Println(s, f, err, g, err2)
	}
	vals := []float64{0, 1, -1, 3.14159, 1e21, 1e20, 123456789, 0.000001234, 1.0 / 3, math.MaxFloat64, math.SmallestNonzeroFloat64, math.Inf(1), math.Inf(-1), math.NaN(), math.Copysign(0, -1), 2.5, 255}
	for _, v := range vals {
		fmt.Println(strconv.FormatFloat(v, 'f', -1, 64), strconv.FormatFloat(v, 'e', 3, 64), strconv.FormatFloat(v, 'g', -1, 64), strconv.FormatFloat(v, 'G', 5, 64), strconv.FormatFloat(v, 'f', 2, 32), strconv.FormatFloat(v, 'x', -1, 64), strconv.FormatFloat(v, 'b', -1, 64), strconv.FormatFloat(v, 'E', -1, 32))
	}
	fmt.Println(string(strconv.AppendFloat([]byte("v="), 1.5, 'g', -1, 64)), strconv.FormatFloat(1.5, 'z', -1, 64))
	defer func() { fmt.Println("recovered:", recover()) }()
	strconv.FormatFloat(1, 'g', -1, 16)
}
