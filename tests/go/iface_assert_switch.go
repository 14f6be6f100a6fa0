package main

import (
	"errors"
	"fmt"
)

type Shape interface {
	Area() float64
}

type Rect struct{ W, H float64 }
type Circle struct{ R float64 }

func (r Rect) Area() float64    { return r.W * r.H }
func (c *Circle) Area() float64 { return 3 * c.R * c.R }
func (r Rect) String() string   { return fmt.Sprintf("Rect(%gx%g)", r.W, r.H) }

type MyErr struct{ code int }

func (e MyErr) Error() string { return fmt.Sprint("code ", e.code) }

func classify(x interface{}) string {
	switch v := x.(type) {
	case nil:
		return "nil"
	case int:
		return fmt.Sprint("int ", v+1)
	case string, bool:
		return fmt.Sprint("string or bool ", v)
	case error:
		return "error " + v.Error()
	case fmt.Stringer:
		return "stringer " + v.String()
	default:
		return fmt.Sprintf("other %T", v)
	}
}

func main() {
	shapes := []Shape{Rect{2, 3}, &Circle{1}}
	total := 0.0
	for _, s := range shapes {
		total += s.Area()
	}
	fmt.Println(total, shapes[0])
	var x interface{} = 42
	n, ok := x.(int)
	fmt.Println(n, ok)
	s, ok := x.(string)
	fmt.Printf("%q %v\n", s, ok)
	fmt.Println(classify(nil), classify(1), classify("a"), classify(true), classify(MyErr{7}), classify(Rect{1, 2}), classify(2.5))
	var err error = MyErr{3}
	if e, ok := err.(MyErr); ok {
		fmt.Println("code", e.code, err)
	}
	st, ok := x.(fmt.Stringer)
	fmt.Println(st, ok)
	var sh Shape = Rect{1, 1}
	if str, ok := sh.(fmt.Stringer); ok {
		fmt.Println(str.String())
	}
	e2 := errors.New("plain")
	fmt.Println(e2, e2 == nil)
	fmt.Println(x.(string))
}
