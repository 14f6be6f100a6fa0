package main

import (
	"fmt"
	"strings"
)

func main() {
	var b strings.Builder
	fmt.Println(b.Len(), b.Cap(), b.String() == "")
	for i := 0; i < 3; i++ {
		b.WriteString("x")
		b.WriteByte('y')
		b.WriteRune('é')
		b.WriteRune('世')
		b.Write([]byte{'!'})
	}
	fmt.Println(b.String(), b.Len(), b.Cap())
	s := b.String()
	b.WriteString(" more")
	fmt.Println(s, "|", b.String())
	b.Reset()
	fmt.Println(b.Len(), b.Cap())
	b.Grow(100)
	fmt.Println(b.Len(), b.Cap())
	n, err := b.WriteRune(-1)
	fmt.Println(n, err, []byte(b.String()))
	var c strings.Builder
	for i := 0; i < 100; i++ {
		c.WriteString("ab")
	}
	fmt.Println(c.Len(), c.Cap())
	defer func() { fmt.Println("recovered:", recover()) }()
	c.Grow(-1)
}
