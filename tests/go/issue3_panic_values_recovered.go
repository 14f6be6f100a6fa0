package main

import (
	"errors"
	"fmt"
)

type Pt struct{ X, Y int }
type Code int
type Named string
type Msg struct{ Text string }

func (m Msg) String() string { return "Msg:" + m.Text }

type Failure struct{ Op string }

func (f *Failure) Error() string { return "failure in " + f.Op }

func catch(v interface{}) (r interface{}) {
	defer func() { r = recover() }()
	panic(v)
}

func main() {
	vals := []interface{}{
		42, -1.5, "text", true, 'x', uint8(200), Code(7), Named("n"), Pt{1, 2}, &Pt{3, 4}, []int{1, 2},
		map[string]int{"a": 1}, Msg{"hi"}, &Failure{"read"}, errors.New("plain"), [2]string{"a", "b"},
		struct{}{}, fmt.Errorf("wrapped: %w", errors.New("inner")),
	}
	for _, v := range vals {
		r := catch(v)
		fmt.Printf("%T | %v | %+v | same=%v\n", r, r, r, fmt.Sprint(r) == fmt.Sprint(v))
		if err, ok := r.(error); ok {
			fmt.Println("  is error:", err.Error())
		}
		if s, ok := r.(fmt.Stringer); ok {
			fmt.Println("  is Stringer:", s.String())
		}
	}
	// The recovered pointer is the same pointer.
	p := &Pt{5, 6}
	r := catch(p)
	r.(*Pt).X = 50
	fmt.Println(*p, r == interface{}(p))
	// A recovered value of a struct type keeps its fields.
	if pt, ok := catch(Pt{7, 8}).(Pt); ok {
		fmt.Println(pt.X + pt.Y)
	}
	// Panic with a value computed from a closure.
	fmt.Println(catch(func() int { return 3 }()))
	// Recovered int compared to int constant.
	fmt.Println(catch(42) == 42, catch(Code(7)) == 7, catch(Code(7)) == Code(7))
}
