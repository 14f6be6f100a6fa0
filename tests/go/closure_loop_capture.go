// Go 1.19 loop variables are shared by every iteration: closures capturing
// a for or range variable all see its final value unless copied per
// iteration.
package main

import "fmt"

func main() {
	var fs []func() int
	for i := 0; i < 3; i++ {
		fs = append(fs, func() int { return i })
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()

	fs = nil
	for i := 0; i < 3; i++ {
		i := i
		fs = append(fs, func() int { return i })
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()

	var ps []*string
	for _, s := range []string{"a", "b", "c"} {
		ps = append(ps, &s)
	}
	for _, p := range ps {
		fmt.Print(*p, " ")
	}
	fmt.Println()

	var gs []func() (int, string)
	for i, s := range []string{"x", "y"} {
		gs = append(gs, func() (int, string) { return i, s })
	}
	for _, g := range gs {
		fmt.Print(g())
		fmt.Print(" ")
	}
	fmt.Println()

	var incs []func()
	for i := 0; i < 3; i++ {
		incs = append(incs, func() { i += 10 })
		incs[len(incs)-1]()
	}
	fmt.Println(len(incs))

	var hs []func() int
	for i := 0; i < 4; i++ {
		v := i * i
		hs = append(hs, func() int { return v })
	}
	for _, h := range hs {
		fmt.Print(h(), " ")
	}
	fmt.Println()

	counter := 0
	var adders []func()
	for k := range [3]int{} {
		adders = append(adders, func() { counter += k })
	}
	for _, add := range adders {
		add()
	}
	fmt.Println(counter)
}
