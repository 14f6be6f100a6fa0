// Reading all of standard input (os_stdin_readall.in) with io.ReadAll and
// then once more at EOF; os.Stdin is an io.Reader.
package main

import (
	"bytes"
	"fmt"
	"io"
	"os"
)

func main() {
	var r io.Reader = os.Stdin
	data, err := io.ReadAll(r)
	fmt.Println(len(data), err)
	fmt.Println(bytes.Count(data, []byte("\n")), len(bytes.Fields(data)))
	lines := bytes.Split(bytes.TrimRight(data, "\n"), []byte("\n"))
	fmt.Printf("%q %q\n", lines[0], lines[len(lines)-1])
	n, err := os.Stdin.Read(make([]byte, 4))
	fmt.Println(n, err)
	fmt.Println(os.Stdin.Name(), os.Stdout.Name(), os.Stderr.Name())
}
