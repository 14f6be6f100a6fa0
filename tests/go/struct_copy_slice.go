// Structs are values: copying one out of a slice or array (or ranging by
// value) gives an independent copy; modifying through the index changes the
// element.
package main

import "fmt"

type item struct {
	name  string
	qty   int
	tags  [2]string
	extra []int
}

func main() {
	items := []item{{name: "a", qty: 1}, {name: "b", qty: 2}}
	items[0].extra = []int{1}

	c := items[0]
	c.qty = 100
	c.tags[0] = "copy"
	c.extra[0] = 42 // shares the backing array
	fmt.Println(items[0].qty, items[0].tags, items[0].extra, c.qty, c.tags)

	for _, it := range items {
		it.qty *= 10
	}
	fmt.Println(items[0].qty, items[1].qty)
	for i := range items {
		items[i].qty *= 10
	}
	fmt.Println(items[0].qty, items[1].qty)

	arr := [2]item{{name: "x"}, {name: "y"}}
	arr2 := arr
	arr2[0].name = "changed"
	fmt.Println(arr[0].name, arr2[0].name)

	p := &items[1]
	p.name = "B"
	items = append(items, item{name: "c"}) // may reallocate: p points to the old array
	p.name = "old"
	fmt.Println(items[1].name, p.name, len(items))

	list := make([]item, 0, 10)
	list = append(list, item{name: "k"})
	q := &list[0]
	list = append(list, item{name: "l"}) // no reallocation within capacity
	q.qty = 7
	fmt.Println(list[0].qty)

	get := func(i int) item { return items[i] }
	g := get(0)
	g.name = "zzz"
	fmt.Println(items[0].name, g.name)

	type pair struct{ a, b item }
	pr := pair{a: items[0]}
	pr2 := pr
	pr2.a.tags[1] = "t"
	fmt.Println(pr.a.tags[1] == "", pr2.a.tags)

	ptrs := []*item{}
	for i := range items {
		ptrs = append(ptrs, &items[i])
	}
	for _, ip := range ptrs {
		ip.qty++
	}
	for _, it := range items {
		fmt.Print(it.name, "=", it.qty, " ")
	}
	fmt.Println()
	fmt.Printf("%v\n%+v\n", items[2], items[2])
}
