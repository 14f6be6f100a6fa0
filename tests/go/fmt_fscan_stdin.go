// fmt.Scan, Scanln and Scanf reading standard input (fmt_fscan_stdin.in),
// and Fscan over a bufio.Reader and a strings.Reader.
package main

import (
	"bufio"
	"fmt"
	"strings"
)

func main() {
	var count int
	n, err := fmt.Scan(&count)
	fmt.Println(n, err, count)
	sum := 0
	for k := 0; k < count; k++ {
		var v int
		if _, err := fmt.Scan(&v); err != nil {
			fmt.Println("error:", err)
			break
		}
		sum += v
	}
	fmt.Println("sum", sum)
	var name string
	var age int
	n, err = fmt.Scanln(&name, &age)
	fmt.Println(n, err, name, age)
	n, err = fmt.Scanln(&name, &age)
	fmt.Println(n, err, name, age)
	var x, y float64
	n, err = fmt.Scanf("point %f,%f\n", &x, &y)
	fmt.Println(n, err, x, y)
	var word string
	for {
		n, err := fmt.Scan(&word)
		if err != nil {
			fmt.Println(n, err)
			break
		}
		fmt.Print(word, ";")
	}

	br := bufio.NewReader(strings.NewReader("3 4\n5 six\n"))
	var a, b int
	n, err = fmt.Fscan(br, &a, &b)
	fmt.Println(n, err, a, b)
	n, err = fmt.Fscanln(br, &a, &b)
	fmt.Println(n, err, a, b)
	rest, _ := br.ReadString('\n')
	fmt.Printf("%q\n", rest)
	sr := strings.NewReader("10 20 30")
	n, err = fmt.Fscan(sr, &a, &b)
	fmt.Println(n, err, a, b, sr.Len())
	n, err = fmt.Fscanf(sr, "%d", &a)
	fmt.Println(n, err, a)
}
