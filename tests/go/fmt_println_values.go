// Println of every kind of value: numbers, strings, bools, arrays, slices,
// nested structs, pointers to structs, nil slices, function results.
package main

import "fmt"

type Inner struct {
	A int
	B []string
}

type Outer struct {
	Name  string
	In    Inner
	Ptr   *Inner
	Arr   [2]bool
	Nums  []float64
	Bytes []byte
	Any   interface{}
}

type ID int
type Label string
type Flags []bool

func main() {
	fmt.Println(1, -2, 3.5, "str", true, 'r', byte('b'), uint64(1<<63))
	fmt.Println([]int{1, 2}, [3]string{"a", "", "c"}, []bool{true}, [][]int{{1}, {2, 3}, nil})
	var nilSlice []int
	var nilPtr *Inner
	fmt.Println(nilSlice, nilPtr, len(nilSlice))
	in := Inner{7, []string{"x", "y"}}
	fmt.Println(in, &in)
	o := Outer{Name: "o", In: in, Arr: [2]bool{true, false}, Nums: []float64{1, 2.5, 1e21}, Bytes: []byte("hi"), Any: 42}
	fmt.Println(o)
	fmt.Printf("%+v\n", o)
	po := &o
	po.Any = "str"
	po.Ptr = nil
	fmt.Println(po.Name, po.In.B, po.Any)
	fmt.Println([]*Inner{nil}, []Inner{{1, nil}})
	fmt.Println(ID(5), Label("lbl"), Flags{true, false})
	fmt.Println(struct{}{}, [0]int{}, []struct{}{{}, {}})
	fmt.Println([]interface{}{1, "a", nil, 2.5, []int{3}})
	fmt.Println(float32(2.5), []float32{0.1, 0.2}, [2]float64{0.1 + 0.2, 1.0 / 3})
	fmt.Println("", "", "|")
	fmt.Println()
	fmt.Println("multi\nline")
	fmt.Println([]string{"", " ", "a b"})
	fmt.Println(&[]int{1, 2}, &[2]string{"p", "q"})
	fmt.Println(fmt.Sprintln("sprintln", 1) == "sprintln 1\n")
	fmt.Println(fmt.Sprint(), fmt.Sprint(nil), fmt.Sprint("a", "b"), fmt.Sprint(1, 2))
	fmt.Println(fmt.Errorf("wrapped: %d%%", 5))
	var e error
	fmt.Println(e)
	e = fmt.Errorf("boom")
	fmt.Println(e, e.Error(), e != nil)
	n, err := fmt.Println("counted")
	fmt.Println(n, err)
}
