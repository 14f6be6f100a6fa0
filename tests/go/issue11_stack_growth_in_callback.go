// Issue #11 (found by GODEBUG=stackstress=1): a String method called by fmt
// grows the goroutine stack; the interpreter frame that called fmt, and the
// result words of the callback, must be read from the moved stack.
package main

import (
	"fmt"
	"strings"
)

type tree struct {
	depth int
}

func deep(n int) int {
	var pad [16]int
	pad[n%16] = n
	if n == 0 {
		return pad[0]
	}
	return deep(n-1) + pad[n%16] - n + 1
}

// String recurses deeply, so the goroutine stack grows while fmt (C++ in
// golem) is in the middle of printing.
func (t tree) String() string {
	return fmt.Sprintf("tree(%d)", deep(t.depth))
}

func main() {
	a, b, c := 1, "two", 3.5
	for _, d := range []int{10, 300, 1000, 3000} {
		s := fmt.Sprint(tree{d}, " ", a, " ", b, " ", c)
		fmt.Println(s, strings.Repeat("x", a))
		a++
	}
	fmt.Println(a, b, c)
}
