package main

import "fmt"

type Big struct {
	A [4]int
	S string
}

type Counter struct{ N int }

func (c Counter) Get() int { return c.N }
func (c *Counter) Inc()    { c.N++ }

type Getter interface{ Get() int }

func main() {
	b := Big{[4]int{1, 2, 3, 4}, "orig"}
	var i interface{} = b
	b.A[0] = 100
	b.S = "changed"
	fmt.Println(i, b)
	// Arrays are boxed by value too.
	arr := [3]int{1, 2, 3}
	var ia interface{} = arr
	arr[1] = 20
	fmt.Println(ia, arr)
	// Slices share the backing array.
	sl := []int{1, 2, 3}
	var is interface{} = sl
	sl[0] = 10
	fmt.Println(is)
	// Value receivers through an interface see the boxed copy.
	c := Counter{1}
	var g Getter = c
	c.Inc()
	fmt.Println(g.Get(), c.Get())
	// Pointer in the interface sees updates.
	g = &c
	c.Inc()
	fmt.Println(g.Get())
	// Copying an interface copies the reference to the same boxed value (immutable).
	var j interface{} = i
	fmt.Println(j == i)
	// Modifying a boxed struct requires assertion, copy, re-box.
	bb := i.(Big)
	bb.S = "rebox"
	i = bb
	fmt.Println(i.(Big).S, j.(Big).S)
	// Boxing in a loop: each element boxes the current value.
	var boxes []interface{}
	for k := 0; k < 3; k++ {
		boxes = append(boxes, k)
	}
	fmt.Println(boxes)
	var ptrs []interface{}
	for k := 0; k < 3; k++ {
		ptrs = append(ptrs, &k)
	}
	same := ptrs[0] == ptrs[1] && ptrs[1] == ptrs[2]
	fmt.Println("loop var shared in Go 1.19:", same, *(ptrs[0].(*int)))
	// Boxing small and zero-sized values.
	var zs interface{} = struct{}{}
	var bz interface{} = byte(0)
	var bo interface{} = false
	fmt.Println(zs, bz, bo, zs == struct{}{}, bz == byte(0), bz == 0)
	// Passing structs to ...interface{} copies them.
	show := func(args ...interface{}) {
		args[0] = "replaced"
		fmt.Println(len(args), args)
	}
	show(b, c)
	fmt.Println(b.S)
	vals := []interface{}{1, "a"}
	show(vals...)
	fmt.Println(vals)
}
