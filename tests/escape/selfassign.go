package main

type buffer struct {
	buf  []byte
	a, b *int
	arr  [4]*int
}

func (b *buffer) trim(n, m int) { // ERROR "b does not escape"
	b.buf = b.buf[n:m] // ERROR "(*buffer).trim ignoring self-assignment in b.buf = b.buf[n:m]"
}

func (b *buffer) swap() { // ERROR "b does not escape"
	b.a = b.b // ERROR "(*buffer).swap ignoring self-assignment in b.a = b.b"
}

func (b *buffer) shift(i, j int) { // ERROR "b does not escape"
	b.arr[i] = b.arr[j] // ERROR "(*buffer).shift ignoring self-assignment in b.arr[i] = b.arr[j]"
}

func notSelf(b *buffer, c *buffer) { // ERROR "b does not escape" "leaking param content: c"
	b.a = c.b
}

func main() {
	x, y := 1, 2 // ERROR "moved to heap: x" "moved to heap: y"
	b := &buffer{buf: []byte("hello"), a: &x, b: &y} // ERROR "&buffer{...} does not escape" "([]byte)(\"hello\") escapes to heap"
	b.trim(1, 3)
	b.swap()
	b.shift(0, 1)
	notSelf(b, b)
	println(len(b.buf))
}
