// Matrix multiplication, transpose, identity checks and a checksum over
// integer and floating-point matrices.
package main

import "fmt"

type Matrix [][]float64

func newMatrix(rows, cols int) Matrix {
	m := make(Matrix, rows)
	for i := range m {
		m[i] = make([]float64, cols)
	}
	return m
}

func multiply(a, b Matrix) Matrix {
	n, k, p := len(a), len(b), len(b[0])
	c := newMatrix(n, p)
	for i := 0; i < n; i++ {
		for j := 0; j < p; j++ {
			sum := 0.0
			for x := 0; x < k; x++ {
				sum += a[i][x] * b[x][j]
			}
			c[i][j] = sum
		}
	}
	return c
}

func transpose(a Matrix) Matrix {
	t := newMatrix(len(a[0]), len(a))
	for i, row := range a {
		for j, v := range row {
			t[j][i] = v
		}
	}
	return t
}

func identity(n int) Matrix {
	m := newMatrix(n, n)
	for i := 0; i < n; i++ {
		m[i][i] = 1
	}
	return m
}

func equal(a, b Matrix) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		for j := range a[i] {
			if a[i][j] != b[i][j] {
				return false
			}
		}
	}
	return true
}

func printMatrix(name string, m Matrix) {
	fmt.Println(name + ":")
	for _, row := range m {
		for j, v := range row {
			if j > 0 {
				fmt.Print(" ")
			}
			fmt.Printf("%8.2f", v)
		}
		fmt.Println()
	}
}

func main() {
	a := Matrix{{1, 2, 3}, {4, 5, 6}}
	b := Matrix{{7, 8}, {9, 10}, {11, 12}}
	printMatrix("a*b", multiply(a, b))
	printMatrix("b*a", multiply(b, a))
	printMatrix("a^T", transpose(a))
	fmt.Println("a*I == a:", equal(multiply(a, identity(3)), a))
	fmt.Println("(ab)^T == b^T a^T:", equal(transpose(multiply(a, b)), multiply(transpose(b), transpose(a))))

	const n = 40
	x := newMatrix(n, n)
	y := newMatrix(n, n)
	for i := 0; i < n; i++ {
		for j := 0; j < n; j++ {
			x[i][j] = float64((i*7+j*3)%11) - 5
			y[i][j] = float64((i*5+j*13)%17)/4 - 2
		}
	}
	z := multiply(x, y)
	sum, trace := 0.0, 0.0
	for i := 0; i < n; i++ {
		trace += z[i][i]
		for j := 0; j < n; j++ {
			sum += z[i][j]
		}
	}
	fmt.Println("checksum:", sum, "trace:", trace)
	fmt.Printf("z[3][7]=%.4f z[39][0]=%g\n", z[3][7], z[39][0])

	var im [4][4]int
	for i := range im {
		for j := range im[i] {
			im[i][j] = i + j
		}
	}
	var sq [4][4]int
	for i := 0; i < 4; i++ {
		for j := 0; j < 4; j++ {
			for k := 0; k < 4; k++ {
				sq[i][j] += im[i][k] * im[k][j]
			}
		}
	}
	fmt.Println(sq)
	third := newMatrix(2, 2)
	third[0][0], third[0][1], third[1][0], third[1][1] = 0.1, 0.2, 0.3, 0.4
	fmt.Println(multiply(third, third))
}
