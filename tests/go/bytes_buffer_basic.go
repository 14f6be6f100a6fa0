// bytes.Buffer: writes, growth (Len and Cap after each step, as Go grows
// it), reads, Next, Truncate, Grow, the Unread rules and a nil *Buffer.
package main

import (
	"bytes"
	"fmt"
)

var escaped *bytes.Buffer

func show(b *bytes.Buffer) { fmt.Printf("len=%d cap=%d %q\n", b.Len(), b.Cap(), b.String()) }

func main() {
	var b bytes.Buffer
	show(&b)
	b.WriteString("hello")
	show(&b)
	b.WriteByte(' ')
	b.WriteRune('w')
	n, err := b.WriteRune('ö')
	fmt.Println(n, err)
	b.Write([]byte("rld"))
	show(&b)
	b.WriteString(string(make([]byte, 100)))
	show(&b)
	b.Truncate(11)
	show(&b)

	p := make([]byte, 6)
	n, err = b.Read(p)
	fmt.Printf("%d %q %v\n", n, p[:n], err)
	fmt.Println(b.UnreadByte(), b.UnreadByte())
	c, err := b.ReadByte()
	fmt.Println(string(c), err)
	r, size, err := b.ReadRune()
	fmt.Println(string(r), size, err)
	r, size, err = b.ReadRune()
	fmt.Println(string(r), size, err, b.UnreadRune(), b.UnreadRune())
	fmt.Printf("%q\n", b.Next(2))
	fmt.Printf("%q %q\n", b.Next(100), b.Next(1))
	n, err = b.Read(p)
	fmt.Println(n, err)
	n, err = b.Read(p[:0])
	fmt.Println(n, err)
	_, _, err = b.ReadRune()
	fmt.Println(err, b.UnreadRune())
	show(&b)

	// Growth: a first small write, sliding, doubling.
	var g bytes.Buffer
	for i := 0; i < 12; i++ {
		g.WriteString("0123456789")
		fmt.Print(g.Cap(), " ")
	}
	fmt.Println()
	g.Next(100)
	g.WriteString("abcdefghij")
	fmt.Println(g.Len(), g.Cap())
	g.Grow(1000)
	fmt.Println(g.Len(), g.Cap())
	g.Reset()
	fmt.Println(g.Len(), g.Cap())

	nb := bytes.NewBuffer([]byte("seed"))
	nb.WriteString("!")
	show(nb)
	// (Stored in a global so that it escapes: Go gives a non-escaping
	// []byte(s) a 32-byte stack buffer, golem always a heap array.)
	escaped = bytes.NewBufferString("from string")
	show(escaped)
	var nilBuf *bytes.Buffer
	fmt.Println(nilBuf.String())

	for _, f := range []func(){
		func() { b.Truncate(-1) },
		func() { bytes.NewBufferString("ab").Truncate(3) },
		func() { b.Grow(-5) },
	} {
		func() {
			defer func() { fmt.Println("panic:", recover()) }()
			f()
		}()
	}
	fmt.Println(bytes.MinRead, bytes.ErrTooLarge)
}
