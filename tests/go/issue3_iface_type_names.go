package main

import (
	"errors"
	"fmt"
	"strings"
)

type MyInt int
type Pair struct {
	A int
	B string
}
type List []Pair
type Fn func(int) (string, error)
type Iface interface{ M() }
type Impl struct{}

func (Impl) M() {}

type Ch chan<- int

func main() {
	var nilIface interface{}
	var err error
	x := 5
	vals := []interface{}{
		1, int8(1), int16(1), int32(1), int64(1), uint(1), uint8(1), uint16(1), uint32(1), uint64(1), uintptr(1),
		1.5, float32(1.5), "s", 'r', byte('b'), true, nil, nilIface, err,
		MyInt(3), Pair{}, &Pair{}, List{}, []Pair{}, [3]Pair{}, map[string]Pair{}, map[Pair][]*Pair{},
		Fn(nil), func() {}, func(int, ...string) bool { return false }, func() (int, error) { return 0, nil },
		Impl{}, &Impl{}, Iface(Impl{}), &x, &[]int{}, [0]int{}, struct{}{},
		struct {
			A int
			b string `tag:"x"`
		}{}, struct{ Pair }{},
		errors.New("e"), fmt.Errorf("w %w", errors.New("e")), &strings.Builder{}, strings.Builder{},
		make(chan int), make(<-chan string), Ch(nil), make(chan []map[int]bool),
		[]interface{}{}, map[string]interface{}{}, []error{}, []fmt.Stringer{}, new(interface{}), new(error),
		[][]int{}, [2][3]int{}, map[int]map[int]int{}, (*int)(nil), (**MyInt)(nil),
	}
	for _, v := range vals {
		fmt.Printf("%T\n", v)
	}
	fmt.Printf("%T %T\n", 1, "two")
	fmt.Printf("%10T|%-10T|\n", 1, "x")
	fmt.Println(fmt.Sprintf("%T", main))
	// %v of some of these.
	fmt.Printf("%v %v %v %v\n", Pair{1, "x"}, &Pair{2, "y"}, List{{3, "z"}}, [2]bool{})
	fmt.Printf("%+v %#v\n", &Pair{2, "y"}, List{{3, "z"}})
	fmt.Printf("%#v %#v %#v %#v\n", MyInt(3), []string{"a"}, struct{}{}, [2]int{1, 2})
	fmt.Printf("%#v %#v %#v\n", nilIface, []int(nil), map[int]bool(nil))
}
