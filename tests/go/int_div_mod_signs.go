// Integer division truncates toward zero and % takes the dividend's sign,
// for every width; MinInt / -1 wraps; division by constant powers of two
// must still round toward zero for negatives.
package main

import "fmt"

func main() {
	pairs := [][2]int{{7, 2}, {-7, 2}, {7, -2}, {-7, -2}, {0, 5}, {1, 7}, {-1, 7}}
	for _, p := range pairs {
		fmt.Print(p[0]/p[1], ",", p[0]%p[1], " ")
	}
	fmt.Println()

	for _, v := range []int{-9, -8, -7, -1, 0, 1, 7, 8, 9} {
		fmt.Print(v/4, ",", v%4, ",", v>>2, ",", v&3, " ")
	}
	fmt.Println()

	var a8 int8 = -128
	var m1 int8 = -1
	fmt.Println(a8/m1, a8%m1, a8/2, a8%3, int8(-7)/int8(2))
	var a16 int16 = -32768
	fmt.Println(a16/int16(m1), a16%7, a16/-7)
	var a32 int32 = -2147483648
	fmt.Println(a32/int32(m1), a32%int32(m1), a32/10)
	var a64 int64 = -9223372036854775808
	fmt.Println(a64/int64(m1), a64%int64(m1), a64/1000000007, a64%1000000007)

	var u8 uint8 = 250
	fmt.Println(u8/7, u8%7, u8/u8)
	var u64 uint64 = 1<<64 - 1
	fmt.Println(u64/3, u64%10, u64/(1<<63))

	sum := 0
	for i := -50; i <= 50; i++ {
		if i != 0 {
			sum += 1000/i + 1000%i
		}
	}
	fmt.Println(sum)
	x := -17
	x /= 3
	fmt.Println(x)
	x %= -2
	fmt.Println(x)
	f := -7.0
	g, h := -3.9, -0.5
	fmt.Println(f/2, int(f/2), int(g), int(-g), int64(h))
	const c = -7
	fmt.Println(c/2, c%2, c/-2)
}
