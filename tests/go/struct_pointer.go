// Pointers to structs: automatic dereference of p.x, pointers to fields,
// and printing &{...}.
package main

import "fmt"

type Node struct {
	Val   int
	Label string
}

type Account struct {
	ID      int
	Balance int
	Owner   Node
}

func deposit(a *Account, amt int) {
	a.Balance += amt
}

func newNode(v int) *Node {
	n := Node{Val: v, Label: fmt.Sprint("n", v)}
	return &n
}

func main() {
	n := Node{1, "one"}
	p := &n
	p.Val = 2
	(*p).Label = "two"
	fmt.Println(n, *p, p.Val)
	fmt.Println(p)
	fmt.Printf("%v %+v\n", p, p)
	acc := &Account{ID: 7}
	deposit(acc, 50)
	deposit(acc, 25)
	fmt.Println(acc.Balance, acc)
	fmt.Printf("%+v\n", acc)
	bal := &acc.Balance
	*bal -= 5
	owner := &acc.Owner
	owner.Label = "me"
	fmt.Println(*acc)
	a1 := newNode(1)
	a2 := newNode(1)
	fmt.Println(a1 == a2, *a1 == *a2, a1, a2)
	copyOf := *a1
	copyOf.Val = 99
	fmt.Println(a1.Val, copyOf.Val)
	ptrs := []*Node{{Val: 1}, {Val: 2}}
	for _, q := range ptrs {
		q.Val *= 10
	}
	fmt.Println(ptrs[0].Val, ptrs[1].Val, *ptrs[0])
	var np *Node
	fmt.Println(np == nil, np)
	pp := &p
	(*pp).Val = 3
	fmt.Println(n.Val)
	s := &struct{ A, B int }{1, 2}
	s.B = 5
	fmt.Println(s)
	arrOfStruct := [2]Node{}
	ap := &arrOfStruct[1]
	ap.Label = "second"
	fmt.Println(arrOfStruct)
}
