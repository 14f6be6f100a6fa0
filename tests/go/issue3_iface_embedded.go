package main

import (
	"fmt"
	"strings"
)

type Reader interface{ Read() string }
type Writer interface{ Write(s string) int }
type Closer interface{ Close() error }

type ReadWriter interface {
	Reader
	Writer
}

type ReadWriteCloser interface {
	ReadWriter
	Closer
	Read() string // duplicate method from embedding is allowed
}

type File struct {
	data   []string
	closed bool
}

func (f *File) Read() string {
	if len(f.data) == 0 {
		return ""
	}
	s := f.data[0]
	f.data = f.data[1:]
	return s
}

func (f *File) Write(s string) int { f.data = append(f.data, s); return len(s) }

func (f *File) Close() error {
	if f.closed {
		return fmt.Errorf("already closed")
	}
	f.closed = true
	return nil
}

type Upper struct{ ReadWriter }

func (u Upper) Read() string { return strings.ToUpper(u.ReadWriter.Read()) }

func main() {
	f := &File{}
	var rwc ReadWriteCloser = f
	rwc.Write("one")
	rwc.Write("two")
	var rw ReadWriter = rwc
	var r Reader = rw
	fmt.Println(r.Read(), len(f.data))
	var c Closer = rwc
	fmt.Println(c.Close(), c.Close())
	// Narrowing then widening by assertion.
	back, ok := r.(ReadWriteCloser)
	fmt.Println(ok, back.Read())
	// A struct embedding an interface satisfies it and can override.
	f.Write("three")
	u := Upper{f}
	var r2 Reader = u
	fmt.Println(r2.Read())
	_, isRWC := r2.(ReadWriteCloser)
	_, isRW := r2.(ReadWriter)
	fmt.Println(isRWC, isRW)
	// Embedded nil interface: calling a promoted method panics.
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		var empty Upper
		empty.Write("x")
	}()
	// Interfaces with overlapping method sets (Go 1.14+).
	type A interface {
		Read() string
		Close() error
	}
	type B interface {
		Close() error
		Write(string) int
	}
	type AB interface {
		A
		B
	}
	var ab AB = &File{data: []string{"q"}}
	fmt.Println(ab.Read(), ab.Write("zz"), ab.Close())
	fmt.Printf("%T %T\n", ab, rw)
}
