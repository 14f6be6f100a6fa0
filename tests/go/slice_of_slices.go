// Slices of slices: rows are independent headers that may share storage.
package main

import "fmt"

func main() {
	grid := make([][]int, 3)
	for i := range grid {
		grid[i] = make([]int, i+1)
		for j := range grid[i] {
			grid[i][j] = i*10 + j
		}
	}
	fmt.Println(grid, len(grid), len(grid[2]))
	backing := make([]int, 9)
	m := make([][]int, 3)
	for i := range m {
		m[i] = backing[i*3 : i*3+3]
	}
	m[1][1] = 5
	m[0] = append(m[0], 42)
	fmt.Println(m, backing)
	rows := [][]string{{"a"}, {"b", "c"}}
	rows[0] = append(rows[0], "a2")
	rows = append(rows, []string{})
	fmt.Println(rows, len(rows))
	alias := rows[1]
	alias[0] = "B"
	fmt.Println(rows[1])
	tri := [][]int{}
	for i := 0; i < 6; i++ {
		row := make([]int, i+1)
		row[0], row[i] = 1, 1
		for j := 1; j < i; j++ {
			row[j] = tri[i-1][j-1] + tri[i-1][j]
		}
		tri = append(tri, row)
	}
	for _, r := range tri {
		fmt.Println(r)
	}
	cube := [][][]int{{{1, 2}, {3}}, {{4}}}
	fmt.Println(cube, len(cube[0][0]))
	copyRows := make([][]int, len(tri))
	copy(copyRows, tri)
	copyRows[5][2] = -1
	fmt.Println(tri[5])
}
