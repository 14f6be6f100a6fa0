// N-queens by backtracking: count solutions for N = 1..9 and draw the first
// solution for N = 8.
package main

import "fmt"

type solver struct {
	n                  int
	cols, diag1, diag2 []bool
	queens             []int
	count              int
	first              []int
}

func newSolver(n int) *solver {
	return &solver{
		n:      n,
		cols:   make([]bool, n),
		diag1:  make([]bool, 2*n),
		diag2:  make([]bool, 2*n),
		queens: make([]int, 0, n),
	}
}

func place(s *solver, row int) {
	if row == s.n {
		s.count++
		if s.first == nil {
			s.first = append([]int(nil), s.queens...)
		}
		return
	}
	for c := 0; c < s.n; c++ {
		d1, d2 := row+c, row-c+s.n
		if s.cols[c] || s.diag1[d1] || s.diag2[d2] {
			continue
		}
		s.cols[c], s.diag1[d1], s.diag2[d2] = true, true, true
		s.queens = append(s.queens, c)
		place(s, row+1)
		s.queens = s.queens[:len(s.queens)-1]
		s.cols[c], s.diag1[d1], s.diag2[d2] = false, false, false
	}
}

func main() {
	for n := 1; n <= 9; n++ {
		s := newSolver(n)
		place(s, 0)
		fmt.Printf("N=%d solutions=%d first=%v\n", n, s.count, s.first)
	}
	s := newSolver(8)
	place(s, 0)
	for _, c := range s.first {
		line := ""
		for i := 0; i < 8; i++ {
			if i == c {
				line += "Q "
			} else {
				line += ". "
			}
		}
		fmt.Println(line)
	}
}
