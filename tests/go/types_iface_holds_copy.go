// Storing a struct or array in an interface copies it: later changes to
// the original are not seen through the interface, while a pointer in an
// interface sees them. Method calls on the copy do not change the original.
package main

import "fmt"

type box struct {
	items [3]int
	label string
}

func (b box) total() int {
	t := 0
	for _, v := range b.items {
		t += v
	}
	return t
}

func (b *box) add(i, v int) { b.items[i] += v }

type totaler interface{ total() int }

func main() {
	b := box{[3]int{1, 2, 3}, "b"}
	var byValue totaler = b
	var byPtr totaler = &b
	b.items[0] = 100
	b.label = "changed"
	fmt.Println(byValue.total(), byPtr.total(), b.total())

	var any interface{} = b
	b.items[1] = 200
	fmt.Println(any, b)

	arr := [3]string{"x", "y", "z"}
	var ai interface{} = arr
	arr[0] = "X"
	fmt.Println(ai, arr)

	boxes := []box{{label: "p"}, {label: "q"}}
	var ts []totaler
	for i := range boxes {
		boxes[i].add(i, 10)
		ts = append(ts, boxes[i])
		ts = append(ts, &boxes[i])
	}
	boxes[0].add(0, 5)
	boxes[1].add(1, 5)
	for _, t := range ts {
		fmt.Print(t.total(), " ")
	}
	fmt.Println()

	s := []int{1, 2}
	var si interface{} = s
	s[0] = 99 // slices share their backing array
	fmt.Println(si, s)

	var is []interface{}
	x := 1
	for i := 0; i < 3; i++ {
		is = append(is, x)
		x *= 10
	}
	fmt.Println(is...)
	st := struct{ n int }{1}
	var sti interface{} = st
	st.n = 2
	fmt.Println(sti, st, sti == interface{}(struct{ n int }{1}))
}
