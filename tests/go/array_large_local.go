// Large local arrays: zero-initialized, copied by value, passed to
// functions, indexed in loops, and returned.
package main

import "fmt"

type grid [256][256]int32

func fill(g *grid) {
	for i := range g {
		for j := range g[i] {
			g[i][j] = int32(i*j) % 1000
		}
	}
}

func sumGrid(g grid) int64 {
	var s int64
	for i := range g {
		for j := range g[i] {
			s += int64(g[i][j])
		}
	}
	return s
}

func makeTable() [1000]int {
	var t [1000]int
	for i := range t {
		t[i] = i * i
	}
	return t
}

func sieve() int {
	var composite [200000]bool
	count := 0
	for i := 2; i < len(composite); i++ {
		if !composite[i] {
			count++
			for j := i * 2; j < len(composite); j += i {
				composite[j] = true
			}
		}
	}
	return count
}

func main() {
	var big [1 << 16]byte
	fmt.Println(len(big), big[0], big[len(big)-1])
	for i := range big {
		big[i] = byte(i * 7)
	}
	copyBig := big
	copyBig[10] = 0
	fmt.Println(big[10], copyBig[10], big[65535])

	var g grid
	fill(&g)
	fmt.Println(sumGrid(g))
	g2 := g
	g2[255][255] = 0
	fmt.Println(sumGrid(g) - sumGrid(g2))

	t := makeTable()
	fmt.Println(t[999], len(t))
	t2 := makeTable()
	fmt.Println(t == t2)
	t2[500]++
	fmt.Println(t == t2)

	fmt.Println(sieve())

	var floats [50000]float64
	for i := range floats {
		floats[i] = float64(i) * 0.5
	}
	total := 0.0
	for _, f := range floats {
		total += f
	}
	fmt.Println(total)

	var ss [1000]string
	for i := 0; i < len(ss); i += 100 {
		ss[i] = fmt.Sprint(i)
	}
	joined := ""
	for _, s := range ss {
		joined += s
	}
	fmt.Println(joined)
	sl := big[100:110]
	fmt.Println(sl, len(sl), cap(sl))
}
