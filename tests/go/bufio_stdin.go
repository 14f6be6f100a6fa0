// Reading standard input (bufio_stdin.in) with bufio: a Reader for the
// header line, then a Scanner over the same Reader for the rest, summing
// the numbers of each line.
package main

import (
	"bufio"
	"fmt"
	"os"
	"strconv"
	"strings"
)

func main() {
	in := bufio.NewReader(os.Stdin)
	header, err := in.ReadString('\n')
	fmt.Printf("header %q %v\n", header, err)
	sc := bufio.NewScanner(in)
	total := 0
	lines := 0
	for sc.Scan() {
		lines++
		sum := 0
		for _, f := range strings.Fields(sc.Text()) {
			n, err := strconv.Atoi(f)
			if err != nil {
				fmt.Println("skip:", err)
				continue
			}
			sum += n
		}
		fmt.Printf("line %d: %q sum=%d\n", lines, sc.Text(), sum)
		total += sum
	}
	fmt.Println("lines", lines, "total", total, "err", sc.Err())
	n, err := os.Stdin.Read(make([]byte, 10))
	fmt.Println(n, err)
}
