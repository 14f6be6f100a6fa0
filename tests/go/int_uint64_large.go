// Large unsigned 64-bit arithmetic: values above 2^63, unsigned division,
// modulo and comparison, conversions to and from signed and floats,
// multiplication overflow, and a 64-bit hash.
package main

import "fmt"

func fnv(s string) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= 1099511628211
	}
	return h
}

func xorshift(x uint64) uint64 {
	x ^= x << 13
	x ^= x >> 7
	x ^= x << 17
	return x
}

func main() {
	a := uint64(1) << 63
	b := a + 12345
	fmt.Println(a, b, b > a, b/7, b%7, b/a)
	fmt.Println(a*2, a*3, (a-1)*2, ^uint64(0)/10)
	var big uint64 = 0xdeadbeefcafebabe
	fmt.Println(big, big>>32, big&0xffffffff, big%1000000007)
	fmt.Println(int64(big), uint32(big), int32(big), uint16(big), int8(big))
	fmt.Println(fnv("hello"), fnv(""), fnv("golem"))
	x := uint64(88172645463325252)
	for i := 0; i < 5; i++ {
		x = xorshift(x)
		fmt.Print(x%1000, " ")
	}
	fmt.Println(x)

	var i int64 = -1
	u := uint64(i)
	fmt.Println(u, u == ^uint64(0), int64(u) == i)
	fmt.Println(uint64(float64(1<<63)), float64(b), uint64(1e19))
	f := 1.8e19
	fmt.Println(uint64(f))

	vals := []uint64{a, 1, b, 0, ^uint64(0), 42}
	for j := 1; j < len(vals); j++ {
		for k := j; k > 0 && vals[k] < vals[k-1]; k-- {
			vals[k], vals[k-1] = vals[k-1], vals[k]
		}
	}
	fmt.Println(vals)
	var m uint64 = 1
	for k := 0; k < 70; k++ {
		m *= 3
	}
	fmt.Println(m)
	var s32 uint32 = 4000000000
	fmt.Println(s32, s32*2, uint64(s32)*2, int(s32))
	fmt.Printf("%d %v %x %#o\n", ^uint64(0), a, b, uint64(8))
}
