// Exercises sort.Sort, sort.Stable and sort.Reverse on custom sort.Interface types.
package main

import (
	"fmt"
	"sort"
)

type person struct {
	name string
	age  int
}

type byAge []person

func (a byAge) Len() int           { return len(a) }
func (a byAge) Swap(i, j int)      { a[i], a[j] = a[j], a[i] }
func (a byAge) Less(i, j int) bool { return a[i].age < a[j].age }

type byName []person

func (a byName) Len() int           { return len(a) }
func (a byName) Swap(i, j int)      { a[i], a[j] = a[j], a[i] }
func (a byName) Less(i, j int) bool { return a[i].name < a[j].name }

func people() []person {
	return []person{{"eve", 30}, {"bob", 25}, {"amy", 30}, {"dan", 25}, {"cat", 40}, {"fay", 25}, {"gus", 30}}
}

func main() {
	p := people()
	sort.Stable(byAge(p))
	fmt.Println(p)
	p = people()
	sort.Sort(byName(p))
	fmt.Println(p, sort.IsSorted(byName(p)), sort.IsSorted(byAge(p)))
	sort.Stable(byAge(p))
	fmt.Println(p)
	sort.Sort(sort.Reverse(byName(p)))
	fmt.Println(p, sort.IsSorted(sort.Reverse(byName(p))))
	sort.Stable(sort.Reverse(byAge(p)))
	fmt.Println(p)
	var empty byAge
	sort.Sort(empty)
	fmt.Println(len(empty), sort.IsSorted(empty))
	// Larger input to exercise the non-insertion-sort paths; keys repeat.
	big := make([]person, 300)
	for i := range big {
		big[i] = person{fmt.Sprint("p", i), (i * 7919) % 13}
	}
	sort.Stable(byAge(big))
	ok := true
	for i := 1; i < len(big); i++ {
		if big[i-1].age == big[i].age && len(big[i-1].name) > len(big[i].name) {
			// names with equal length compare lexicographically below
		}
		if big[i-1].age > big[i].age {
			ok = false
		}
	}
	fmt.Println(ok, big[0], big[1], big[22], big[299])
	sort.Sort(byName(big))
	fmt.Println(big[0], big[1], big[150], big[299], sort.IsSorted(byName(big)))
}
