// nil slices and empty slices both have length 0 and print as []; only the nil
// one compares equal to nil.
package main

import "fmt"

func count(s []int) int { return len(s) }

func main() {
	var n []int
	e := []int{}
	m := make([]int, 0)
	fmt.Println(n == nil, e == nil, m == nil)
	fmt.Println(len(n), cap(n), len(e), cap(e))
	fmt.Println(n, e, m)
	fmt.Printf("%v %v %d %T\n", n, e, n, n)
	n = append(n, 1)
	fmt.Println(n, n == nil)
	var ns []string
	fmt.Println(ns, len(ns), count(nil))
	for range ns {
		fmt.Println("never")
	}
	sub := e[0:0]
	fmt.Println(sub == nil, len(sub))
	var nn []int
	nsub := nn[:0]
	fmt.Println(nsub == nil, nn[0:] == nil)
	var grid [][]int
	grid = append(grid, nil)
	grid = append(grid, []int{})
	fmt.Println(grid, len(grid), grid[0] == nil, grid[1] == nil)
	var bs []byte
	fmt.Println(string(bs) == "", bs)
	fmt.Printf("[%s] [%q] [%x]\n", bs, bs, bs)
	var z [0]int
	zs := z[:]
	fmt.Println(zs == nil, len(zs))
	s := make([]int, 2, 5)
	fmt.Println(s, len(s), cap(s), s[:5])
	s = s[:0]
	fmt.Println(s, len(s), cap(s))
}
