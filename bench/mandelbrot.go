// Benchmark: mandelbrot (the Benchmarks Game), 600x600, 50 iterations,
// escape radius 2. Instead of the PBM image it prints the number of points
// in the set and a polynomial hash of the image's bytes (8 pixels a byte,
// row by row, as the PBM would hold them). Tight float loops.
package main

import "fmt"

func main() {
	size := 600
	inside := 0
	hash := 0
	for y := 0; y < size; y++ {
		ci := 2*float64(y)/float64(size) - 1.0
		bits, nbits := 0, 0
		for x := 0; x < size; x++ {
			cr := 2*float64(x)/float64(size) - 1.5
			zr, zi, tr, ti := 0.0, 0.0, 0.0, 0.0
			for i := 0; i < 50 && tr+ti <= 4; i++ {
				zi = 2*zr*zi + ci
				zr = tr - ti + cr
				tr = zr * zr
				ti = zi * zi
			}
			bits *= 2
			if tr+ti <= 4 {
				bits++
				inside++
			}
			nbits++
			if nbits == 8 || x == size-1 {
				for ; nbits < 8; nbits++ {
					bits *= 2
				}
				hash = (hash*31 + bits) % 1000000007
				bits, nbits = 0, 0
			}
		}
	}
	fmt.Println(inside, hash)
}
