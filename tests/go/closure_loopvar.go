// Go 1.19 loop semantics: a for loop has ONE variable for the whole loop, so
// closures created in the body all see its final value unless the body copies it.
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

	var gs []func() string
	for _, s := range []string{"a", "b", "c"} {
		gs = append(gs, func() string { return s })
	}
	for _, g := range gs {
		fmt.Print(g(), " ")
	}
	fmt.Println()

	var hs []func() int
	for i := 0; i < 3; i++ {
		i := i
		hs = append(hs, func() int { return i * 10 })
	}
	for _, h := range hs {
		fmt.Print(h(), " ")
	}
	fmt.Println()

	var ptrs []*int
	for i := 0; i < 3; i++ {
		ptrs = append(ptrs, &i)
	}
	fmt.Println(*ptrs[0], *ptrs[1], *ptrs[2], ptrs[0] == ptrs[2])

	var idx []*int
	for i := range []int{7, 8, 9} {
		idx = append(idx, &i)
	}
	fmt.Println(*idx[0], *idx[2])

	var mods []func()
	for i := 0; i < 5; i++ {
		mods = append(mods, func() { i += 100 })
		if i == 1 {
			mods[0]()
		}
		fmt.Print(i, " ")
	}
	fmt.Println()

	var byParam []func() int
	for i := 0; i < 3; i++ {
		byParam = append(byParam, func(v int) func() int {
			return func() int { return v }
		}(i))
	}
	fmt.Println(byParam[0](), byParam[1](), byParam[2]())
}
