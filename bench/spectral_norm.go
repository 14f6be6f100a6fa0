// Benchmark: spectral-norm (the Benchmarks Game), n = 500: ten rounds of
// multiplying a vector by the infinite matrix A's transpose product, where
// A(i,j) = 1/((i+j)(i+j+1)/2 + i + 1). Float loops over slices and calls.
// golem has no package math yet, so the final square root is Newton's
// iteration (the same steps in the Lua and Python versions).
package main

import "fmt"

func a(i, j int) float64 {
	return 1.0 / float64((i+j)*(i+j+1)/2+i+1)
}

func multiplyAv(v, av []float64) {
	for i := range av {
		sum := 0.0
		for j := range v {
			sum += a(i, j) * v[j]
		}
		av[i] = sum
	}
}

func multiplyAtv(v, atv []float64) {
	for i := range atv {
		sum := 0.0
		for j := range v {
			sum += a(j, i) * v[j]
		}
		atv[i] = sum
	}
}

func multiplyAtAv(v, out, tmp []float64) {
	multiplyAv(v, tmp)
	multiplyAtv(tmp, out)
}

func sqrt(x float64) float64 {
	y := 0.5 * (x + 1)
	for {
		next := 0.5 * (y + x/y)
		if next >= y {
			return y
		}
		y = next
	}
}

func main() {
	n := 500
	u := make([]float64, n)
	v := make([]float64, n)
	tmp := make([]float64, n)
	for i := range u {
		u[i] = 1
	}
	for i := 0; i < 10; i++ {
		multiplyAtAv(u, v, tmp)
		multiplyAtAv(v, u, tmp)
	}
	var vBv, vv float64
	for i := range v {
		vBv += u[i] * v[i]
		vv += v[i] * v[i]
	}
	fmt.Printf("%.9f\n", sqrt(vBv/vv))
}
