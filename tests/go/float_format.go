// Printf's float verbs: %e %E %f %g with widths and precisions.
package main

import "fmt"

func main() {
	vals := []float64{0, 1, -1, 3.14159265358979, 1234.5678, 0.000012345, 1e21, 1e-7, 123456789, 2.5, 0.5, 1.005}
	for _, v := range vals {
		fmt.Printf("%e|%E|%f|%.2f|%8.3f|%g|%G|%v\n", v, v, v, v, v, v, v, v)
	}
	fmt.Printf("[%10.4f] [%-10.2f] [%010.3f] [%+.1f] [% .2f]\n", 3.14159, 2.71828, -1.5, 2.0, 1.25)
	fmt.Printf("[%.0f] [%.0f] [%.0f] [%.0f] [%.1f] [%.1f]\n", 0.5, 1.5, 2.5, -0.5, 0.25, 0.35)
	fmt.Printf("[%.3e] [%.0e] [%12.4E] [%-12.2e]\n", 123456.789, 5.5, 0.000314, 99999.0)
	fmt.Printf("[%.3g] [%.10g] [%g] [%g] [%g]\n", 123456.789, 1.0/3, 1e6, 1e20, 1e21)
	fmt.Printf("[%g] [%g] [%g]\n", 0.0001, 0.00001, 100000.0)
	zero := 0.0
	fmt.Printf("[%f] [%f] [%f] [%5.1f] [%e] [%g]\n", zero/zero, 1/zero, -1/zero, 1/zero, -zero, -zero)
	var f32 float32 = 0.1
	fmt.Printf("%v %g %f %.10f %e\n", f32, f32, f32, f32, f32)
	fmt.Printf("%v %.10f\n", float64(f32), float64(f32))
	fmt.Printf("[%*d] [%-*d] [%.*f] [%*.*f]\n", 6, 42, 6, 42, 3, 3.14159, 9, 2, 2.71828)
	fmt.Printf("%6.2f%%\n", 99.5)
	fmt.Println(fmt.Sprintf("%.2f", 1.0/3), fmt.Sprintf("%08.3f", -3.14159))
}
