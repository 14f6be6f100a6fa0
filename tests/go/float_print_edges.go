// Printing floats: float32 values (shortest repr for float32), negative
// zero, infinities, NaN, large and tiny magnitudes, and large uint64s.
package main

import "fmt"

func main() {
	var f32 float32 = 0.1
	var f64 float64 = 0.1
	fmt.Println(f32, f64, float64(f32), f32*3, f64*3)
	fmt.Println(float32(1)/3, 1.0/3, float32(16777216)+1, float32(1e20), float32(3.4e38))
	fmt.Printf("%v %g %f %.3e %e\n", f32, f32, f32, f32, float64(f32))

	zero := 0.0
	negz := -zero
	fmt.Println(negz, zero, negz == zero, 1/negz, 1/zero)
	fmt.Printf("%v %f %g %+v %.1f\n", negz, negz, negz, zero, negz)
	var nz32 float32 = float32(negz)
	fmt.Println(nz32, -nz32)

	inf := 1 / zero
	nan := inf - inf
	fmt.Println(inf, -inf, nan, nan == nan, inf > 1e308)
	fmt.Printf("%v %f %g %5.2f|%e\n", inf, -inf, nan, inf, nan)
	fmt.Println(float32(inf), float32(nan))

	fmt.Println(1e20, 1e21, 1e-4, 1e-5, 123456789.0, 1234567890123.0, 100000000000000000000.0)
	fmt.Println(float32(1e20), float32(1e21), float32(1e-4), float32(1e-5), float32(123456789))
	fmt.Println(5e-324, 1.7976931348623157e308, float32(1.4e-45))
	fmt.Println(2.5, -2.5, 0.000001, 1.0, -1.0, 3.0e10)

	var u uint64 = 18446744073709551615
	fmt.Println(u, u-1, u/2, u>>1, int64(u>>1))
	fmt.Printf("%d %x %X %o %b\n", u, u, u, u, uint64(1)<<63)
	fmt.Println(float64(u), float32(u), uint64(float64(1<<53)))
	var i64min int64 = -9223372036854775808
	fmt.Println(i64min, -i64min, i64min/-1 == i64min, uint64(i64min))
	fmt.Printf("%v %d %x\n", i64min, i64min, i64min)

	fmt.Printf("%6.2f|%-8.3f|%08.3f|%+.2f|% .2f\n", 3.14159, 2.71828, -1.5, 2.0, 2.0)
	fmt.Printf("%g %g %g %g\n", 1e6, 1e21, 1e-7, 123.456)
	fmt.Printf("%G %E %.0f %.0f %.0f\n", 1e-10, 12345.678, 0.5, 1.5, 2.5)
	fmt.Println(float32(0.1)+float32(0.2), 0.1+0.2, float32(0.3))
	var sum32 float32
	for i := 0; i < 10; i++ {
		sum32 += 0.1
	}
	fmt.Println(sum32, sum32 == 1)
	fmt.Println(float32(2)/float32(3)*3, float64(float32(2)/float32(3)))
	h := float32(1e-40)
	fmt.Println(h, h*1e30)
}
