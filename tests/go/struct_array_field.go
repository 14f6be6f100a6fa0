// Struct fields of array type are part of the value: copied with the struct
// and compared by ==.
package main

import "fmt"

type Board struct {
	Cells [3][3]byte
	Moves int
}

type Buffer struct {
	Data [4]int
	Len  int
}

func render(b Board) string {
	s := ""
	for _, row := range b.Cells {
		for _, c := range row {
			if c == 0 {
				s += "."
			} else {
				s += string(rune(c))
			}
		}
		s += "/"
	}
	return s
}

func play(b Board, r, c int, who byte) Board {
	b.Cells[r][c] = who
	b.Moves++
	return b
}

func push(b *Buffer, v int) {
	b.Data[b.Len] = v
	b.Len++
}

func main() {
	var b Board
	b2 := play(b, 1, 1, 'X')
	b3 := play(b2, 0, 2, 'O')
	fmt.Println(render(b), render(b2), render(b3), b3.Moves)
	fmt.Println(b == b2, b2 == play(Board{}, 1, 1, 'X'))
	var buf Buffer
	push(&buf, 5)
	push(&buf, 6)
	saved := buf
	push(&buf, 7)
	fmt.Println(buf, saved)
	fmt.Printf("%+v\n", buf)
	bufs := []Buffer{buf, saved}
	bufs[0].Data[0] = -5
	fmt.Println(bufs[0].Data, buf.Data)
	p := &bufs[1]
	p.Data[3] = 33
	fmt.Println(bufs[1])
	arr := p.Data
	arr[0] = 0
	fmt.Println(arr, p.Data)
}
