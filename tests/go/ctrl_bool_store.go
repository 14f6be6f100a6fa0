// Bool expressions assigned to variables, stored in slices, arrays and struct
// fields, negated, compared and printed.
package main

import "fmt"

type flags struct {
	even, big bool
	both      bool
	bits      [3]bool
}

func isEven(n int) bool { return n%2 == 0 }

func main() {
	var bs []bool
	for i := 0; i < 6; i++ {
		bs = append(bs, i%3 == 0 || i == 4)
	}
	fmt.Println(bs)

	var fs [4]flags
	for i := range fs {
		f := &fs[i]
		f.even = isEven(i)
		f.big = i > 1
		f.both = f.even && f.big
		f.bits[i%3] = !f.both
	}
	for _, f := range fs {
		fmt.Println(f.even, f.big, f.both, f.bits)
	}
	fmt.Printf("%v %+v\n", fs[2], fs[3])

	x, y := 3, 5
	lt := x < y
	eq := lt == (y > x)
	ne := lt != eq
	fmt.Println(lt, eq, ne, !ne, !!lt)

	arr := [5]bool{1 < 2, 2 < 1, true && false, true || false, !(x == 3)}
	fmt.Println(arr, len(arr))
	count := 0
	for _, b := range arr {
		if b {
			count++
		}
	}
	fmt.Println("true count", count)

	m := make([]bool, 3)
	m[1] = m[0] == m[2]
	m[2] = m[1] && !m[0]
	fmt.Println(m)

	var p *bool = &m[0]
	*p = !*p
	fmt.Println(m, *p)

	b := x > 2
	b = b && y < 5
	fmt.Println(b)
	b = b || isEven(y-1)
	fmt.Println(b)
	fmt.Printf("%t %v %5t|\n", b, !b, b)
	fmt.Println(fmt.Sprint(true, false), fmt.Sprint(b, 1, b))
}
