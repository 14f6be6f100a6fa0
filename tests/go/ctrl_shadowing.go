// Shadowing: variables redeclared in if/else-if chains (each init's scope
// extends over the following else branches), in for and switch headers, in
// nested blocks and by := with one new variable.
package main

import "fmt"

var x = "package"

func pair(n int) (int, error) {
	if n < 0 {
		return 0, fmt.Errorf("negative %d", n)
	}
	return n * 2, nil
}

func main() {
	fmt.Println(x)
	x := 1
	fmt.Println(x)
	if x := x + 1; x > 5 {
		fmt.Println("big", x)
	} else if y := x * 10; y > 15 {
		x := y + 1
		fmt.Println("mid", x, y)
	} else if x := y + 3; x > 0 {
		fmt.Println("else-if x", x, y)
	} else {
		fmt.Println("else", x, y)
	}
	fmt.Println(x)

	if v, err := pair(3); err != nil {
		fmt.Println("err", err)
	} else if w, err := pair(-v); err != nil {
		fmt.Println("second err", err, v, w)
	} else {
		fmt.Println("ok", v, w)
	}

	a, err := pair(1)
	b, err := pair(-1) // err reused, b new
	fmt.Println(a, b, err)
	{
		a, err := pair(10) // both new in this block
		fmt.Println(a, err)
	}
	fmt.Println(a, err)

	for x := 0; x < 2; x++ {
		x := x * 10
		fmt.Print(x, " ")
	}
	fmt.Println(x)

	switch x := "s"; x {
	case "s":
		x := 3.5
		fmt.Println(x)
	}
	fmt.Println(x)

	fmt := 5 // shadows the package name from here on
	_ = fmt
	println2(x)
	var n int = 10
	if n := n * 2; n > 15 {
		n++
		println2(n)
	}
	println2(n)
	s := []int{1, 2, 3}
	for _, s := range s {
		println2(s)
	}
	println2(len(s))
}

func println2(v interface{}) { fmt.Println("v:", v) }
