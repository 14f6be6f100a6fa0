// Conway's game of life on a torus held in a fixed array inside a struct,
// with double buffering by value copy, run for 60 generations.
package main

import "fmt"

const size = 16

type world struct {
	cells [size][size]bool
	gen   int
}

func (w *world) set(pattern []string, r0, c0 int) {
	for r, line := range pattern {
		for c := range line {
			if line[c] == '#' {
				w.cells[(r0+r)%size][(c0+c)%size] = true
			}
		}
	}
}

func (w world) neighbors(r, c int) int {
	n := 0
	for dr := -1; dr <= 1; dr++ {
		for dc := -1; dc <= 1; dc++ {
			if (dr != 0 || dc != 0) && w.cells[(r+dr+size)%size][(c+dc+size)%size] {
				n++
			}
		}
	}
	return n
}

func (w *world) step() {
	next := *w
	for r := 0; r < size; r++ {
		for c := 0; c < size; c++ {
			n := w.neighbors(r, c)
			next.cells[r][c] = n == 3 || (n == 2 && w.cells[r][c])
		}
	}
	next.gen++
	*w = next
}

func (w *world) population() int {
	p := 0
	for _, row := range w.cells {
		for _, alive := range row {
			if alive {
				p++
			}
		}
	}
	return p
}

func (w world) String() string {
	s := fmt.Sprintf("gen %d pop %d\n", w.gen, w.population())
	for _, row := range w.cells[:6] {
		for _, alive := range row {
			if alive {
				s += "#"
			} else {
				s += "."
			}
		}
		s += "\n"
	}
	return s
}

func main() {
	var w world
	w.set([]string{".#.", "..#", "###"}, 0, 0)
	w.set([]string{"###"}, 10, 10)
	w.set([]string{"##", "##"}, 5, 12)
	fmt.Print(w)
	pops := []int{}
	for i := 0; i < 60; i++ {
		w.step()
		if i%10 == 9 {
			pops = append(pops, w.population())
		}
	}
	fmt.Print(w)
	fmt.Println(pops)
}
