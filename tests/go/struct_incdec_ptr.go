// ++, -- and compound assignment on struct fields through pointers, slice
// elements, array elements and nested fields.
package main

import "fmt"

type counter struct {
	n    int
	hits [3]int8
	sub  *counter
}

type node struct {
	val   uint8
	count int16
}

func bump(c *counter) {
	c.n++
	c.hits[c.n%3]++
	if c.sub != nil {
		c.sub.n += 10
		c.sub.hits[0]--
	}
}

func main() {
	c := &counter{sub: &counter{}}
	for i := 0; i < 5; i++ {
		bump(c)
	}
	fmt.Println(c.n, c.hits, c.sub.n, c.sub.hits)

	nodes := make([]node, 3)
	for i := 0; i < 300; i++ {
		nodes[i%3].val++
		nodes[i%3].count--
	}
	fmt.Println(nodes)

	arr := [2]node{}
	pa := &arr
	pa[1].val += 250
	pa[1].val += 10
	pa[0].count -= 32767
	pa[0].count--
	fmt.Println(arr)

	ptrs := []*node{&nodes[0], &nodes[0], &nodes[2]}
	for _, p := range ptrs {
		p.val++
		p.count *= 2
	}
	fmt.Println(nodes)

	type wrap struct{ inner node }
	w := wrap{}
	pw := &w
	pw.inner.val--
	pw.inner.count++
	pi := &pw.inner
	pi.count <<= 14
	fmt.Println(w)

	xs := []int{1, 2, 3}
	for i := range xs {
		xs[i] *= xs[i]
		xs[i]++
	}
	fmt.Println(xs)
	ip := &xs[1]
	*ip++
	*ip += *ip
	fmt.Println(xs, *ip)

	var pp **counter = &c
	(*pp).n++
	(**pp).n--
	fmt.Println(c.n)
}
