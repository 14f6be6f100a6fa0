package main

import "fmt"

type T struct{ n int }

func (t T) Show(tag string)   { fmt.Println(tag, "value recv", t.n) }
func (t *T) PShow(tag string) { fmt.Println(tag, "ptr recv", t.n) }

func trace(s string) string {
	fmt.Println("enter", s)
	return s
}

func un(s string) { fmt.Println("leave", s) }

func nested() {
	defer un(trace("nested"))
	fmt.Println("in nested")
}

func main() {
	x := 1
	defer fmt.Println("deferred x =", x) // evaluated now: 1
	defer func() { fmt.Println("closure sees x =", x) }()
	x = 2
	defer func(v int) { fmt.Println("param v =", v) }(x * 10)
	x = 3
	t := T{1}
	defer t.Show("A")  // receiver copied now
	defer t.PShow("B") // &t taken now, sees later changes
	t.n = 99
	p := &T{5}
	defer p.Show("C") // *p copied now
	p.n = 6
	p = &T{7}
	defer p.PShow("D")
	s := []int{1, 2, 3}
	defer fmt.Println("slice header copied, contents shared:", s)
	s[0] = 100
	s = append(s, 4)
	nested()
	f := func(s string) { fmt.Println("first f", s) }
	defer f("f")
	f = func(s string) { fmt.Println("second f", s) }
	for i := 0; i < 3; i++ {
		defer fmt.Print(i, " ")
	}
	defer fmt.Println()
	fmt.Println("end of main body, x =", x)
}
