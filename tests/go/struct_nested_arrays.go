// Arrays of structs inside structs, copied, compared with ==, and modified
// at depth through pointers.
package main

import "fmt"

type cell struct {
	r, c  int
	alive bool
}

type board struct {
	cells [3][3]cell
	name  string
	score [2]float64
}

type game struct {
	boards [2]board
	turn   int
}

func (b *board) set(r, c int) {
	b.cells[r][c] = cell{r, c, true}
}

func (b board) count() int {
	n := 0
	for _, row := range b.cells {
		for _, cl := range row {
			if cl.alive {
				n++
			}
		}
	}
	return n
}

func main() {
	var g game
	g.boards[0].name = "first"
	g.boards[0].set(1, 1)
	g.boards[0].set(2, 0)
	g.boards[1] = g.boards[0]
	g.boards[1].name = "second"
	g.boards[1].set(0, 2)
	fmt.Println(g.boards[0].count(), g.boards[1].count())
	fmt.Println(g.boards[0].cells[1], g.boards[1].cells[0][2])

	pg := &g
	pg.boards[1].cells[0][2].alive = false
	pg.boards[0].score[1] += 2.5
	pg.turn++
	fmt.Println(g.boards[1].count(), g.boards[0].score, g.turn)

	b := g.boards[0]
	fmt.Println(b == g.boards[0], b == g.boards[1])
	b.cells[2][2].r = 9
	fmt.Println(b == g.boards[0], b.cells[2][2], g.boards[0].cells[2][2])

	c1 := cell{1, 2, true}
	c2 := cell{1, 2, true}
	fmt.Println(c1 == c2, c1 != cell{1, 2, false})
	arr1 := [2]cell{c1, c2}
	arr2 := [2]cell{c2, c1}
	fmt.Println(arr1 == arr2)

	rows := g.boards[0].cells
	rows[1][1].alive = false
	fmt.Println(g.boards[0].cells[1][1].alive, rows[1][1].alive)

	pc := &g.boards[0].cells[2]
	pc[0].c = 77
	fmt.Println(g.boards[0].cells[2][0])

	games := []game{g, g}
	games[1].boards[0].cells[0][0].r = -1
	fmt.Println(games[0].boards[0].cells[0][0].r, games[1].boards[0].cells[0][0].r)
	fmt.Printf("%v\n", g.boards[0].cells[2])
	fmt.Printf("%+v\n", g.boards[0].cells[1][1])
}
