// fmt.Print and Sprint add a space between operands only when neither side
// is a string; Println always separates; Print of Stringers and errors.
package main

import (
	"errors"
	"fmt"
)

type s string

func (x s) String() string { return "S(" + string(x) + ")" }

type n int

func main() {
	fmt.Println(fmt.Sprint("a", 1, 2, "b", "c", 3.5, true, false, "d"))
	fmt.Println(fmt.Sprint(1, 2, 3), fmt.Sprint("x", "y"), fmt.Sprint())
	fmt.Println(fmt.Sprint(1, "a", 2), fmt.Sprint('a', 'b'), fmt.Sprint([]int{1}, []int{2}))
	fmt.Println(fmt.Sprint(s("q"), s("r")), fmt.Sprint(n(1), n(2)), fmt.Sprint("z", n(3), n(4)))
	fmt.Println(fmt.Sprint(errors.New("e1"), errors.New("e2")), fmt.Sprint(nil, nil), fmt.Sprint(nil, "x", nil))
	fmt.Print(1, 2, "three", 4, "\n")
	fmt.Print("a", "b\n")
	fmt.Print(1.5, 2.5, "\n")
	fmt.Println(fmt.Sprintln("x", 1, "y") == "x 1 y\n")
	var i interface{} = "str"
	var j interface{} = 5
	fmt.Println(fmt.Sprint(i, j, j, i))
	fmt.Println(fmt.Sprint(s("a"), "b", s("c")))
	fmt.Println(fmt.Sprint(struct{ a, b int }{1, 2}, struct{}{}, [0]int{}))
	fmt.Println(fmt.Sprint(&struct{ a int }{1}), fmt.Sprint([]string{"a", "b"}, "c"))
	fmt.Println(fmt.Sprint([]interface{}{1, "a", nil, 2.5, s("x")}))
	fmt.Println(fmt.Sprint(int8(-1), uint8(255), float32(0.5), -0.0, int64(-5)))
}
