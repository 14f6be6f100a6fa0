// float32 arithmetic rounds to float32 after every operation; conversions
// between float32, float64 and integers truncate or round as Go specifies.
package main

import "fmt"

func main() {
	var a float32 = 16777216
	fmt.Println(a+1, a+2, a+1+1, (a+1)+1 == a)
	var b float32 = 0.1
	var c float32 = 0.2
	fmt.Println(b+c, b*c, b/c, c-b, b+c == 0.3)
	var x float32 = 1
	for i := 0; i < 30; i++ {
		x = x*1.1 + 0.01
	}
	fmt.Println(x)
	var y float64 = 1
	for i := 0; i < 30; i++ {
		y = y*1.1 + 0.01
	}
	fmt.Println(y, float32(y) == x)

	var h float32 = 1e38
	fmt.Println(h*10, -h*10, h*10-h*10)
	var tiny float32 = 1e-38
	fmt.Println(tiny/1e10, tiny/1e8)

	v25, vm29, v2559 := float32(2.5), float32(-2.9), float32(255.9)
	fmt.Println(int(v25), int32(vm29), uint8(v2559), int64(float32(1e18)))
	fmt.Println(float32(16777217), float32(int64(1)<<40+1), float64(int64(1)<<53+1))
	var big int64 = 123456789012345678
	fmt.Println(float32(big), float64(big), int64(float64(big)))
	f := 3.7
	fmt.Println(int(f), int(-f), uint(f), int8(f*10))

	var acc32 float32
	var acc64 float64
	for i := 1; i <= 1000; i++ {
		acc32 += 1 / float32(i)
		acc64 += 1 / float64(i)
	}
	fmt.Println(acc32, acc64)
	fmt.Printf("%.10f %.10f\n", acc32, acc64)
	m := float32(1) / 3
	fmt.Println(m*3, float64(m)*3, m == float32(1.0/3))
	var z float32
	fmt.Println(z/1 == 0, -z)
	p := float32(3.14159265358979)
	fmt.Println(p, float64(p), p*p)
}
