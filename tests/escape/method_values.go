package main

type counter struct {
	n int
}

func (c *counter) inc() { // ERROR "c does not escape"
	c.n++
}

func (c counter) get() int {
	return c.n
}

var saved func()

func callMethodValue() int {
	c := &counter{} // ERROR "&counter{} does not escape"
	f := c.inc // ERROR "c.inc does not escape"
	f()
	return c.n
}

func saveMethodValue() {
	c := &counter{} // ERROR "&counter{} escapes to heap"
	saved = c.inc // ERROR "c.inc escapes to heap"
}

func valueReceiver() int {
	c := counter{n: 3}
	g := c.get // ERROR "c.get does not escape"
	return g()
}

func methodExpr() int {
	c := &counter{} // ERROR "&counter{} does not escape"
	f := (*counter).inc
	f(c)
	return c.n
}

func main() {
	saveMethodValue()
	println(callMethodValue(), valueReceiver(), methodExpr())
}
