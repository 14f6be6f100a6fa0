// Printf width, precision and flags on integers, strings, bools, floats and
// composite values; %T; %% and argument-count errors.
package main

import "fmt"

type pt struct {
	X int
	y string
}

func main() {
	fmt.Printf("|%5d|%-5d|%05d|%+d|% d|%x|%X|%#x|%o|%#o|%b|\n", 42, 42, 42, 42, 42, 255, 255, 255, 8, 8, 5)
	fmt.Printf("|%5d|%-5d|%05d|%+d|\n", -42, -42, -42, -42)
	fmt.Printf("|%8s|%-8s|%.2s|%8.3s|%q|%x|\n", "golem", "golem", "golem", "golem", "go\"lem\n", "hi")
	fmt.Printf("|%t|%6t|%-6t|\n", true, false, true)
	fmt.Printf("|%c|%c|%U|%#U|%q|\n", 'A', 0x1F600, 'x', 'x', 'y')
	fmt.Printf("|%v|%+v|%#v|\n", pt{1, "a"}, pt{1, "a"}, pt{1, "a"})
	fmt.Printf("|%v|%v|%v|%d|\n", []int{1, 2}, [2]bool{true}, []string{"a", "b"}, []int8{-1, 2})
	fmt.Printf("|%T|%T|%T|%T|%T|%T|\n", 1, "s", 2.5, pt{}, []int{}, &pt{})
	fmt.Printf("|%T|%T|%T|%T|\n", int8(1), uint64(2), float32(1), 'r')
	fmt.Printf("|%6.2f|%-8.1f|%e|%g|\n", 3.14159, 2.0, 1234.5678, 0.000012)
	fmt.Printf("|%3c|%-3c|%03d|\n", 'z', 'z', 7)
	fmt.Printf("100%%|%d%%\n", 50)
	fmt.Printf("|%d|\n", 1, 2)
	fmt.Printf("|%d|%d|\n", 1)
	fmt.Printf("|%d|\n", "str")
	fmt.Printf("|%s|\n", 17)
	fmt.Printf("|%z|\n", 3)
	fmt.Printf("|%*d|%-*d|\n", 5, 1, 4, 2)
	fmt.Printf("|%v|%v|\n", nil, []interface{}{nil, 1})
	var p *pt
	fmt.Printf("|%v|%+v|\n", p, []*pt{nil})
	fmt.Println(fmt.Sprintf("%08.3f|%+.1e|%x|%X", -3.14159, 123456.0, -255, "Hi"))
	fmt.Println(fmt.Sprintf("%3d|%-3d|%v", 12345, 12345, int64(-1)<<63))
	fmt.Printf("%5.1v|%v|%.3v\n", 3.14159, 1e100, "abcdef")
	fmt.Printf("%x %X % x\n", []byte{1, 171}, []byte("ok"), []byte{1, 2, 3})
}
