// Arrays are values: assignment and passing copy them, == compares elements,
// and range over an array iterates over a copy.
package main

import "fmt"

func zeroFirst(a [3]int) [3]int {
	a[0] = 0
	return a
}

func zeroFirstPtr(a *[3]int) {
	a[0] = 0
}

type Point struct{ X, Y int }

func main() {
	a := [3]int{1, 2, 3}
	b := a
	b[0] = 100
	fmt.Println(a, b, a == b, a != b)
	c := zeroFirst(a)
	fmt.Println(a, c)
	zeroFirstPtr(&a)
	fmt.Println(a, a == [3]int{0, 2, 3})
	var grid [3][4]int
	for i := 0; i < 3; i++ {
		for j := 0; j < 4; j++ {
			grid[i][j] = i * j
		}
	}
	row := grid[2]
	row[3] = -1
	fmt.Println(grid, row, len(grid), len(grid[0]))
	g2 := grid
	g2[1][1] = 99
	fmt.Println(grid[1], g2[1], grid == g2)
	arr := [5]int{10, 20, 30, 40, 50}
	for i, v := range arr {
		if i == 0 {
			arr[4] = 999
		}
		fmt.Print(v, " ")
	}
	fmt.Println(arr)
	sl := arr[:]
	for i, v := range sl {
		if i == 0 {
			sl[4] = 555
		}
		fmt.Print(v, " ")
	}
	fmt.Println()
	idx := [...]string{2: "two", 5: "five", 0: "zero"}
	fmt.Println(len(idx), idx)
	fmt.Printf("%q\n", idx)
	pts := [2]Point{{1, 2}, {3, 4}}
	p2 := pts
	p2[0].X = 7
	fmt.Println(pts, p2, pts == [2]Point{{1, 2}, {3, 4}})
	var empty [0]int
	fmt.Println(empty, len(empty), [2]bool{} == [2]bool{false, false})
	var bytes [4]byte
	copy(bytes[:], "golem")
	fmt.Println(bytes, string(bytes[:]))
	matrix := [2][2]string{{"a", "b"}, {"c", "d"}}
	fmt.Printf("%v %q %T\n", matrix, matrix, matrix)
}
