// fmt.Fprint, Fprintf and Fprintln into different io.Writers: the text
// arrives in one Write call, and n and err are what Write returned.
package main

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"strings"
)

type callLog struct{ calls []string }

func (c *callLog) Write(p []byte) (int, error) {
	c.calls = append(c.calls, string(p))
	return len(p), nil
}

type failing struct{}

func (failing) Write(p []byte) (int, error) { return 2, errors.New("device full") }

type point struct{ X, Y int }

func (p point) String() string { return fmt.Sprintf("(%d,%d)", p.X, p.Y) }

func main() {
	log := &callLog{}
	n, err := fmt.Fprintf(log, "%d %s %v %q %x|", 42, "str", point{1, 2}, "q", 255)
	fmt.Println(n, err)
	n, err = fmt.Fprint(log, "a", 1, 2, "b", 3.5, nil, true)
	fmt.Println(n, err)
	n, err = fmt.Fprintln(log, "a", 1, 2, "b", []int{1, 2}, map[string]int{"k": 1})
	fmt.Println(n, err)
	n, err = fmt.Fprint(log)
	fmt.Println(n, err)
	fmt.Printf("%q\n", log.calls)

	n, err = fmt.Fprintf(failing{}, "%s", "hello")
	fmt.Println(n, err)
	n, err = fmt.Fprintln(failing{}, "x")
	fmt.Println(n, err)

	var buf bytes.Buffer
	fmt.Fprintf(&buf, "%5.2f|%-6s|%+d|%08.3f", 3.14159, "ab", 7, -2.5)
	fmt.Println(buf.String())
	var sb strings.Builder
	fmt.Fprintf(&sb, "%v %d", []string{"x", "y"}, []int{3})
	fmt.Fprintf(&sb, " %!d %d", 5)
	fmt.Println(sb.String())

	fmt.Fprintln(os.Stdout, "to stdout", point{3, 4})
	fmt.Fprintf(os.Stdout, "%s and %v\n", point{5, 6}, &point{7, 8})
	fmt.Fprintln(os.Stderr, "to stderr")
	n, err = fmt.Fprint(os.Stdout, "no newline")
	fmt.Println()
	fmt.Println(n, err)

	var w bytes.Buffer
	for i := 0; i < 3; i++ {
		fmt.Fprintf(&w, "[%d]", i)
	}
	fmt.Println(w.String(), w.Len())
}
