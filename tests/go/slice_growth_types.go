// Append growth depends on the element size, because the new capacity is
// rounded up to a malloc size class: []byte, []string, a 24-byte struct.
package main

import "fmt"

type Triple struct {
	A, B int64
	C    int64
}

type Odd struct {
	A int32
	B byte
}

func main() {
	var bs []byte
	last := -1
	for i := 0; i < 4000; i++ {
		bs = append(bs, byte(i))
		if cap(bs) != last {
			fmt.Print(cap(bs), " ")
			last = cap(bs)
		}
	}
	fmt.Println()
	var ss []string
	last = -1
	for i := 0; i < 3000; i++ {
		ss = append(ss, "x")
		if cap(ss) != last {
			fmt.Print(cap(ss), " ")
			last = cap(ss)
		}
	}
	fmt.Println()
	var ts []Triple
	last = -1
	for i := 0; i < 3000; i++ {
		ts = append(ts, Triple{int64(i), 0, 0})
		if cap(ts) != last {
			fmt.Print(cap(ts), " ")
			last = cap(ts)
		}
	}
	fmt.Println()
	var os []Odd
	last = -1
	for i := 0; i < 2000; i++ {
		os = append(os, Odd{})
		if cap(os) != last {
			fmt.Print(cap(os), " ")
			last = cap(os)
		}
	}
	fmt.Println()
	var i32 []int32
	last = -1
	for i := 0; i < 2000; i++ {
		i32 = append(i32, 1)
		if cap(i32) != last {
			fmt.Print(cap(i32), " ")
			last = cap(i32)
		}
	}
	fmt.Println()
	b := append([]byte("hello"), " world"...)
	fmt.Println(len(b), cap(b), string(b))
	b2 := append([]byte(nil), 1)
	fmt.Println(len(b2), cap(b2))
	s3 := append([]string{}, "a", "b", "c")
	fmt.Println(len(s3), cap(s3))
	t5 := append([]Triple(nil), Triple{}, Triple{}, Triple{}, Triple{}, Triple{})
	fmt.Println(len(t5), cap(t5))
	b17 := append(make([]byte, 0), make([]byte, 17)...)
	fmt.Println(len(b17), cap(b17))
}
