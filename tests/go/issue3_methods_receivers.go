package main

import "fmt"

type Counter struct {
	N    int
	Hist []int
}

func (c Counter) ValueInc() int {
	c.N++
	c.Hist[0] = 99 // shares the backing array
	return c.N
}

func (c *Counter) PtrInc() int {
	c.N++
	return c.N
}

func (c Counter) Get() int { return c.N }

type Big struct {
	A [8]int
}

func (b Big) Sum() int {
	s := 0
	for _, v := range b.A {
		s += v
	}
	return s
}

func (b *Big) Fill(v int) {
	for i := range b.A {
		b.A[i] = v
	}
}

func main() {
	c := Counter{N: 1, Hist: []int{0}}
	fmt.Println(c.ValueInc(), c.N, c.Hist)
	fmt.Println(c.PtrInc(), c.N)
	p := &c
	fmt.Println(p.ValueInc(), p.Get(), p.PtrInc(), c.N)
	// Auto & through slice elements, array elements and struct fields.
	cs := []Counter{{N: 10, Hist: []int{1}}, {N: 20, Hist: []int{2}}}
	cs[1].PtrInc()
	fmt.Println(cs[0].N, cs[1].N)
	arr := [2]Counter{{N: 5, Hist: []int{0}}}
	arr[0].PtrInc()
	fmt.Println(arr[0].N)
	type Outer struct{ C Counter }
	o := Outer{Counter{N: 7}}
	o.C.PtrInc()
	fmt.Println(o.C.Get())
	// Auto * on a pointer to call a value method copies at call time.
	b := &Big{}
	b.Fill(3)
	fmt.Println(b.Sum(), (*b).Sum())
	var bb Big
	bb.Fill(2)
	fmt.Println(bb.Sum())
	// Pointer methods on the result of indexing a slice of pointers.
	ps := []*Counter{{N: 1}, {N: 2}}
	for _, pc := range ps {
		pc.PtrInc()
	}
	fmt.Println(ps[0].N, ps[1].N)
	// Range value copies: calling pointer methods on the copy doesn't change the slice.
	for _, v := range cs {
		v.PtrInc()
	}
	fmt.Println(cs[0].N, cs[1].N)
	for i := range cs {
		cs[i].PtrInc()
	}
	fmt.Println(cs[0].N, cs[1].N)
	// Method call on a composite literal value (value receiver) and via &T{}.
	fmt.Println(Counter{N: 42}.Get(), (&Counter{N: 41}).PtrInc())
	fmt.Println(Big{A: [8]int{1, 2, 3, 4, 5, 6, 7, 8}}.Sum())
}
