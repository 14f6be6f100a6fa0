// Integer division truncates toward zero and % takes the sign of the dividend.
// MinInt / -1 does not trap in Go: it wraps to MinInt, and MinInt % -1 is 0.
package main

import "fmt"

func main() {
	pairs := [][2]int{{7, 2}, {-7, 2}, {7, -2}, {-7, -2}, {0, 3}, {1, 5}, {-1, 5}, {9, 3}, {-9, 3}}
	for _, p := range pairs {
		a, b := p[0], p[1]
		fmt.Printf("%d / %d = %d, %d %% %d = %d\n", a, b, a/b, a, b, a%b)
	}
	var min64 int64 = -9223372036854775808
	var m1 int64 = -1
	fmt.Println(min64/m1, min64%m1)
	var min8 int8 = -128
	var n1 int8 = -1
	fmt.Println(min8/n1, min8%n1, min8*n1)
	var min32 int32 = -2147483648
	var o1 int32 = -1
	fmt.Println(min32/o1, min32%o1)
	var u uint32 = 4000000000
	fmt.Println(u/3, u%7, u/1000000)
	var u64 uint64 = 18446744073709551615
	fmt.Println(u64/10, u64%10, u64/3)
	// Division by a power of two with negatives (not the same as a shift).
	for _, v := range []int{-1, -2, -3, -8, -9} {
		fmt.Println(v, v/4, v>>2, v%4, v&3)
	}
	// Euclid and digits.
	x := 1234567
	sum := 0
	for x > 0 {
		sum += x % 10
		x /= 10
	}
	fmt.Println("digit sum:", sum)
	const c = -7 / 2
	const d = -7 % 2
	fmt.Println(c, d, 7.0/2, -7/2.0)
}
