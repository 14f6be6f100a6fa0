// Format methods see the directive's verb, flags, width and precision
// through fmt.State, and write into the output with Fprintf.
package main

import (
	"fmt"
	"io"
)

type T struct{ a int }

func (t T) Format(f fmt.State, verb rune) {
	w, wok := f.Width()
	p, pok := f.Precision()
	fmt.Fprintf(f, "T[%c %d %v %d %v", verb, w, wok, p, pok)
	for _, c := range "-+# 0x" {
		if f.Flag(int(c)) {
			fmt.Fprintf(f, " %c", c)
		}
	}
	fmt.Fprintf(f, " a=%d]", t.a)
}

// Writes with Write and io.WriteString, and pads by the given width.
type Name string

func (n Name) Format(f fmt.State, verb rune) {
	s := string(n)
	if verb == 'q' {
		s = "'" + s + "'"
	}
	if w, ok := f.Width(); ok {
		for len(s) < w {
			if f.Flag('-') {
				s += "."
			} else {
				s = "." + s
			}
		}
	}
	if p, ok := f.Precision(); ok && p < len(s) {
		s = s[:p]
	}
	f.Write([]byte("<"))
	io.WriteString(f, s)
	n2, err := f.Write([]byte(">"))
	if n2 != 1 || err != nil {
		panic("bad Write result")
	}
}

func main() {
	fmt.Printf("%v %+8.3x %s\n", T{1}, T{2}, []T{{3}})
	s := fmt.Sprintf("%-5v|%#v", T{4}, &T{5})
	fmt.Println(s)
	fmt.Printf("%d|%5d|%.2d|%5.2d|%-+ #05x\n", T{6}, T{7}, T{8}, T{9}, T{10})
	fmt.Printf("%*.*v|%-*v|%.*v\n", 4, 2, T{11}, 3, T{12}, -1, T{13})
	fmt.Printf("%[2]v %[1]q %08.3f\n", T{14}, T{15}, T{16})
	fmt.Printf("%v %s\n", T{17}, T{18})
	fmt.Println(T{19}, T{20})
	fmt.Print(T{21}, "x", T{22}, "\n")
	fmt.Printf("%6v|%-6v|%.2v|%q|%x|%10.3s|\n", Name("ab"), Name("cd"), Name("efgh"), Name("ij"), Name("kl"), Name("mnopq"))
	fmt.Printf("%v %d\n", Name("plain"), []Name{"a", "b"})
	err := fmt.Errorf("wrapped %v: %w", T{23}, io.EOF)
	fmt.Println(err)
}
