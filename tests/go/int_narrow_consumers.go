// Results of narrow-integer arithmetic must be truncated to their width
// before any consumer sees them: comparisons, division, right shifts,
// widening conversions, indexing, switch tags and function arguments.
package main

import "fmt"

func widen8(x int8) int64    { return int64(x) }
func widenU8(x uint8) uint64 { return uint64(x) }

func main() {
	var a uint8 = 200
	var b int8 = 127
	var c uint16 = 65535
	var d int32 = 2147483647
	var e uint32 = 4294967295

	fmt.Println(a+100 < 50, b+1 < 0, c+1 == 0, d+1 < 0, e+1 == 0)
	fmt.Println((a+100)/2, (b+1)/2, (c+2)/2, (d+1)/2, (e+3)/2)
	fmt.Println((a+100)>>1, (b+1)>>1, (c+2)>>1, (d+1)>>1, (e+3)>>1)
	fmt.Println((a+100)%7, (b+1)%7, (d+1)%7)
	fmt.Println(int64(a+100), int64(b+1), int64(c+1), int64(d+1), uint64(e+1))
	fmt.Println(widen8(b+b), widenU8(a*a), widen8(-b-b), widenU8(-a))
	fmt.Println(float64(a+a), float64(b*2), float32(d+d))

	arr := [60]int{}
	for i := range arr {
		arr[i] = i
	}
	fmt.Println(arr[a+100], arr[uint8(b)+b2()])

	switch b + 2 {
	case -127:
		fmt.Println("wrapped to -127")
	case 127:
		fmt.Println("127?")
	default:
		fmt.Println("not wrapped")
	}

	x := a * 2
	y := x > a
	fmt.Println(x, y, x == 144, a*2 == 144)
	var m int16 = -32768
	fmt.Println(-m == m, m-1 > 0, m*m, m/(-1) < 0)
	mx := uint8(0)
	for i := uint8(250); i != 4; i++ {
		if i > mx {
			mx = i
		}
	}
	fmt.Println(mx)
	var s8 int8 = 100
	var t8 int8 = 100
	fmt.Println(s8+t8, int(s8)+int(t8), int(s8+t8), s8*t8/t8)
	sum := 0
	for _, v := range []int8{120, 120, 120} {
		sum += int(v + 10)
	}
	fmt.Println(sum)
	var u16s = []uint16{65000, 1000}
	fmt.Println(u16s[0]+u16s[1], u16s[0]+u16s[1] < u16s[1])
	var ui uint = 0
	fmt.Println(ui-1 > 0, int(ui-1), uint32(ui-1))
	h := uint32(2166136261)
	for _, ch := range []byte("abc") {
		h ^= uint32(ch)
		h *= 16777619
	}
	fmt.Println(h, h>>16, h%1000, int32(h))
}

func b2() uint8 { return 2 }
