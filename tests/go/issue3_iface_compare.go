package main

import "fmt"

type P struct{ X, Y int }
type MyInt int

type Shape interface{ Area() int }
type Sq struct{ S int }

func (s Sq) Area() int { return s.S }

type Circle struct{ R int }

func (c *Circle) Area() int { return c.R }

func main() {
	var a, b interface{}
	fmt.Println(a == b, a == nil)
	a, b = 1, 1
	fmt.Println(a == b)
	b = int64(1)
	fmt.Println(a == b)
	b = MyInt(1)
	fmt.Println(a == b, b == MyInt(1), b == 1)
	a, b = "x", "x"
	fmt.Println(a == b, a == "x", a != "y")
	a, b = P{1, 2}, P{1, 2}
	fmt.Println(a == b, a == P{1, 2}, a == P{2, 1})
	a, b = [2]string{"a", "b"}, [2]string{"a", "b"}
	fmt.Println(a == b)
	x, y := 1, 1
	a, b = &x, &y
	fmt.Println(a == b, a == &x)
	// NaN inside an interface is never equal, even to itself.
	zero := 0.0
	a = zero / zero
	fmt.Println(a == a)
	b = a
	fmt.Println(a == b)
	// +0 and -0 are equal.
	a, b = zero, -zero
	fmt.Println(a == b)
	// Comparing non-empty interfaces with each other and with empty interfaces.
	var s1, s2 Shape = Sq{3}, Sq{3}
	fmt.Println(s1 == s2)
	c := &Circle{3}
	s1, s2 = c, c
	fmt.Println(s1 == s2, s1 == Shape(&Circle{3}))
	var e interface{} = c
	fmt.Println(e == s1)
	// Struct containing interface fields.
	type Box struct {
		V interface{}
		N int
	}
	fmt.Println(Box{1, 2} == Box{1, 2}, Box{1, 2} == Box{int8(1), 2}, Box{nil, 0} == Box{})
	// Arrays of interfaces.
	arr1 := [3]interface{}{1, "a", nil}
	arr2 := [3]interface{}{1, "a", nil}
	fmt.Println(arr1 == arr2)
	arr2[2] = 0
	fmt.Println(arr1 == arr2)
	// Comparison of mixed uncomparable dynamic type with different types doesn't panic.
	a, b = []int{1}, "s"
	fmt.Println(a == b)
	a, b = []int{1}, nil
	fmt.Println(a == b, a != nil)
	a, b = map[int]int{}, 1
	fmt.Println(a == b)
	// Recovered panic for same uncomparable types.
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		a, b = map[int]int{}, map[int]int{}
		fmt.Println(a == b)
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		type S struct {
			F func()
		}
		a, b = S{}, S{}
		fmt.Println(a == b)
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		a = [1]interface{}{[]int{}}
		b = [1]interface{}{[]int{}}
		fmt.Println(a == b)
	}()
}
