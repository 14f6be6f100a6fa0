// os.Stdout and os.Stderr as io.Writers: fmt.Fprint*, io.WriteString,
// io.Copy into os.Stdout, interleaved with fmt.Print output in program
// order, and a MultiWriter over both.
package main

import (
	"fmt"
	"io"
	"os"
	"strings"
)

func main() {
	var w io.Writer = os.Stdout
	fmt.Print("a ")
	fmt.Fprint(w, "b ")
	io.WriteString(w, "c ")
	fmt.Println("d")
	n, err := io.Copy(os.Stdout, strings.NewReader("copied to stdout\n"))
	fmt.Println(n, err)
	n2, err := fmt.Fprintf(os.Stderr, "to stderr %d\n", 1)
	fmt.Println(n2, err)
	mw := io.MultiWriter(os.Stdout, os.Stderr)
	fmt.Fprintln(mw, "both")
	var sw io.StringWriter = os.Stdout
	sw.WriteString("string writer\n")
	var c io.Closer = os.Stdin
	fmt.Println(c != nil)
}
