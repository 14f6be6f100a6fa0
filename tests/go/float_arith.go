// float32 and float64 arithmetic round differently; NaN never equals itself.
package main

import "fmt"

func sqrt(x float64) float64 {
	z := x / 2
	for i := 0; i < 30; i++ {
		z = z - (z*z-x)/(2*z)
	}
	return z
}

func main() {
	var s32 float32
	var s64 float64
	for i := 0; i < 10; i++ {
		s32 += 0.1
		s64 += 0.1
	}
	fmt.Println(s32, s64, s32 == 1, s64 == 1)
	var h32 float32
	var h64 float64
	for i := 1; i <= 1000; i++ {
		h32 += 1 / float32(i)
		h64 += 1 / float64(i)
	}
	fmt.Println(h32, h64)
	var big32 float32 = 16777216
	fmt.Println(big32+1, big32+2, big32+1 == big32)
	zero := 0.0
	nan := zero / zero
	fmt.Println(nan == nan, nan != nan, nan < 1, nan > 1, nan+1)
	inf := 1 / zero
	fmt.Println(inf-inf, inf*0, inf+1 == inf, -inf < 0, inf > 1e308)
	fmt.Println(sqrt(2), sqrt(9), sqrt(1e10))
	x := 1.0
	for i := 0; i < 60; i++ {
		x /= 2
	}
	fmt.Println(x, x*(1<<60))
	fmt.Println(0.1*3, 0.3/0.1, 1-0.9)
	a, b := 0.1, 3.0
	fmt.Println(a*b, 0.3/a, 1-0.9*b/b)
	var f float32 = 1.1
	fmt.Println(f*f, float64(f)*float64(f), 1.1*1.1)
	y := 1e308
	fmt.Println(y*10, -y*10, y*10/10)
	tiny := 5e-324
	fmt.Println(tiny/2, tiny*0.5 == 0, -tiny/2)
	fmt.Println(7.0/2, float64(7)/float64(2), 2.0*3.5)
	c := 1e16
	fmt.Println(c+1, c+2, c+1 == c)
	var pi32 float32 = 3.14159265358979
	fmt.Println(pi32, float64(pi32))
}
