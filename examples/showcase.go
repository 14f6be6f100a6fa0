// A tour of what golem runs today: structs, slices, closures, Printf and a
// little algorithm (Conway's Game of Life). Run it with `make run`.
package main

import "fmt"

type Planet struct {
	Name     string
	Distance float64 // from the Sun, in astronomical units
	Moons    int
}

// sortBy sorts planets in place with insertion sort, ordered by less.
func sortBy(ps []Planet, less func(a, b Planet) bool) {
	for i := 1; i < len(ps); i++ {
		for j := i; j > 0 && less(ps[j], ps[j-1]); j-- {
			ps[j], ps[j-1] = ps[j-1], ps[j]
		}
	}
}

// fibonacci returns a generator: each call yields the next number.
func fibonacci() func() int {
	a, b := 0, 1
	return func() int {
		r := a
		a, b = b, a+b
		return r
	}
}

type Grid [][]bool

func newGrid(h, w int) Grid {
	g := make(Grid, h)
	for i := range g {
		g[i] = make([]bool, w)
	}
	return g
}

// step computes the next generation of the Game of Life on a torus.
func step(g Grid) Grid {
	h, w := len(g), len(g[0])
	next := newGrid(h, w)
	for y := 0; y < h; y++ {
		for x := 0; x < w; x++ {
			n := 0
			for dy := -1; dy <= 1; dy++ {
				for dx := -1; dx <= 1; dx++ {
					if (dy != 0 || dx != 0) && g[(y+dy+h)%h][(x+dx+w)%w] {
						n++
					}
				}
			}
			next[y][x] = n == 3 || n == 2 && g[y][x]
		}
	}
	return next
}

func main() {
	fmt.Println("golem showcase")
	fmt.Println("==============")

	planets := []Planet{
		{"Mercury", 0.39, 0}, {"Venus", 0.72, 0}, {"Earth", 1.00, 1},
		{"Mars", 1.52, 2}, {"Jupiter", 5.20, 95}, {"Saturn", 9.58, 146},
		{"Uranus", 19.22, 28}, {"Neptune", 30.05, 16},
	}
	sortBy(planets, func(a, b Planet) bool { return a.Moons > b.Moons })
	fmt.Println("\nPlanets by number of moons:")
	fmt.Printf("%-8s %8s %6s\n", "planet", "AU", "moons")
	for _, p := range planets {
		fmt.Printf("%-8s %8.2f %6d\n", p.Name, p.Distance, p.Moons)
	}

	next := fibonacci()
	fmt.Print("\nFibonacci:")
	for i := 0; i < 15; i++ {
		fmt.Print(" ", next())
	}
	fmt.Println()

	fmt.Println("\nA glider in the Game of Life:")
	g := newGrid(6, 6)
	for _, c := range [][2]int{{0, 1}, {1, 2}, {2, 0}, {2, 1}, {2, 2}} {
		g[c[0]][c[1]] = true
	}
	gens := []Grid{g}
	for i := 0; i < 4; i++ {
		gens = append(gens, step(gens[len(gens)-1]))
	}
	for y := 0; y < 6; y++ {
		line := ""
		for i, gen := range gens {
			if i > 0 {
				line += "   "
			}
			for x := 0; x < 6; x++ {
				if gen[y][x] {
					line += "█"
				} else {
					line += "·"
				}
			}
		}
		fmt.Println(line)
	}
}
