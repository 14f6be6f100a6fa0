package main

type thing struct {
	n int
}

var sink *thing

func classify(v interface{}) int { // ERROR "v does not escape"
	switch t := v.(type) {
	case *thing:
		return t.n
	case int:
		return t
	}
	return 0
}

func extract(v interface{}) *thing { // ERROR "leaking param: v to result ~r0 level=0"
	if t, ok := v.(*thing); ok {
		return t
	}
	return nil
}

func store(v interface{}) { // ERROR "leaking param: v"
	switch t := v.(type) {
	case *thing:
		sink = t
	}
}

func main() {
	a := &thing{n: 1} // ERROR "&thing{...} does not escape"
	b := &thing{n: 2} // ERROR "&thing{...} does not escape"
	c := &thing{n: 3} // ERROR "&thing{...} escapes to heap"
	store(c)
	println(classify(a), classify(7), extract(b).n) // ERROR "7 does not escape"
}
