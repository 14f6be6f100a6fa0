// Printf integer verbs, widths, flags and * arguments.
package main

import "fmt"

func main() {
	for _, v := range []int{0, 7, -7, 255, 65535, -1000000} {
		fmt.Printf("%v|%d|%5d|%-5d|%05d|%x|%X|%o|%b|%+d|\n", v, v, v, v, v, v, v, v, v, v)
	}
	fmt.Printf("%c%c%c|%q|%U|%#U\n", 'G', 'o', '!', 'x', 0x1F600, 'ä')
	fmt.Printf("%3c|%-3c|%q\n", 'a', 'b', 0x7fffffff)
	fmt.Printf("%*d|%-*d|%0*d\n", 5, 1, 5, 2, 5, 3)
	fmt.Printf("%*d|\n", -4, 9)
	fmt.Printf("%.3d|%8.3d|%-8.3d|%.0d|%.0d|\n", 7, 7, -7, 0, 1)
	fmt.Printf("%x|%#x|%#X|%#o|%O\n", 3735928559, 48879, 48879, 8, 8)
	fmt.Printf("%08b|%b|%b\n", 5, -5, uint8(200))
	fmt.Printf("%d %d %d\n", int8(-1), uint8(255), int64(-1)<<62)
	fmt.Printf("%5t|%-6t|%v\n", true, false, !true)
	fmt.Printf("100%%|%d%%|%%d\n", 50)
	fmt.Printf("%v %d\n", []int{1, 2}, []int8{-1, 2})
	fmt.Printf("%x %X\n", []int{10, 255}, [2]uint8{171, 205})
	fmt.Printf("%3d|%-3d|\n", []int{1, 22}, [2]int{3, 44})
	var r rune = 'λ'
	var b byte = 'b'
	fmt.Printf("%d %c %q %v %d %c %v\n", r, r, r, r, b, b, b)
	s := fmt.Sprintf("%d-%d", 1, 2)
	fmt.Println(s, len(s))
	err := fmt.Errorf("code %d: %s", 404, "not found")
	fmt.Println(err)
	fmt.Printf("%v|%s\n", err, err)
}
