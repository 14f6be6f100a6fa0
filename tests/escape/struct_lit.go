package main

type config struct {
	name  string
	limit *int
}

var current *config

func localLiteral() int {
	c := config{name: "a"}
	return len(c.name)
}

func addrLiteral() int {
	c := &config{name: "b"} // ERROR "&config{...} does not escape"
	return len(c.name)
}

func returnedLiteral() *config {
	return &config{name: "c"} // ERROR "&config{...} escapes to heap"
}

func storedLiteral(limit *int) { // ERROR "leaking param: limit"
	current = &config{name: "d", limit: limit} // ERROR "&config{...} escapes to heap"
}

func valueWithPointer() config {
	n := 5 // ERROR "moved to heap: n"
	return config{limit: &n}
}

func main() {
	x := 1 // ERROR "moved to heap: x"
	storedLiteral(&x)
	println(localLiteral(), addrLiteral(), returnedLiteral().name, *valueWithPointer().limit)
}
