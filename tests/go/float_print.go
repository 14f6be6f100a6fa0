// Println prints floats with %v: the shortest representation that round-trips,
// in %e form when the exponent is < -4 or >= 21.
package main

import "fmt"

func main() {
	a, b := 0.1, 0.2
	fmt.Println(a+b, 0.1+0.2, a+b == 0.3)
	fmt.Println(1e21, 1e20, 123456789.0, 1e-4, 1e-5, 0.000123, 100.0, 1.0)
	big := 1e20
	fmt.Println(big*10, big*10-big*9)
	fmt.Println(float32(1)/3, float64(1)/3, float32(0.1), float64(float32(0.1)))
	var one32 float32 = 1
	var three32 float32 = 3
	fmt.Println(one32/three32, one32/three32*three32)
	zero := 0.0
	fmt.Println(zero/zero, 1/zero, -1/zero, -zero, 0*-1.0)
	nz := -zero
	fmt.Println(nz, nz == 0, 1/nz)
	var inf32 float32 = float32(1 / zero)
	fmt.Println(inf32, -inf32, float32(zero/zero))
	fmt.Println(3.0, 2.5, -0.5, 1e6, 1e7, 12345678.9, 1.5e300*1e8)
	fmt.Println(float32(16777216.0), float32(3.4e38), float32(1e-45), 5e-324)
	fmt.Println(1.7976931348623157e308, 2.2250738585072014e-308)
	var f32 float32 = 0.3
	fmt.Println(f32, float64(f32), f32*3, float64(f32)*3)
	fmt.Println(100000000000000000000.0, 999999999999999999999.0, 0.00001, 0.0001)
	fmt.Print(1.0, 2.5, "\n")
	fmt.Println(fmt.Sprint(0.1), fmt.Sprintf("%v", 1e100))
}
