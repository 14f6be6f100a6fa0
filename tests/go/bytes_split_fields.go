// bytes.Split*, Fields, FieldsFunc and Join: the pieces, their capacities
// (cut to their length), which results are nil, and invalid UTF-8.
package main

import (
	"bytes"
	"fmt"
	"unicode"
)

// bs is []byte(s) with its capacity cut to its length: Go gives a
// non-escaping []byte(s) a 32-byte stack buffer, which golem does not.
func bs(s string) []byte {
	b := []byte(s)
	return b[:len(b):len(b)]
}

func show(name string, pieces [][]byte) {
	fmt.Printf("%s %d %v [", name, len(pieces), pieces == nil)
	for i, p := range pieces {
		if i > 0 {
			fmt.Print(" ")
		}
		fmt.Printf("%q/%d", p, cap(p))
	}
	fmt.Println("]")
}

func main() {
	s := bs("a,b,,c,")
	show("Split", bytes.Split(s, bs(",")))
	show("SplitAfter", bytes.SplitAfter(s, bs(",")))
	show("SplitN2", bytes.SplitN(s, bs(","), 2))
	show("SplitN0", bytes.SplitN(s, bs(","), 0))
	show("SplitN-1", bytes.SplitN(s, bs(","), -1))
	show("SplitAfterN3", bytes.SplitAfterN(s, bs(","), 3))
	show("SplitEmpty", bytes.Split(bs("héy\xff"), nil))
	show("SplitEmptyN2", bytes.SplitN(bs("héy"), []byte{}, 2))
	show("SplitNoSep", bytes.Split(bs("abc"), bs("x")))
	show("SplitNil", bytes.Split(nil, bs(",")))
	show("SplitMulti", bytes.Split(bs("a<>b<>c"), bs("<>")))

	show("Fields", bytes.Fields(bs("  foo bar\tbaz\n ")))
	show("FieldsEmpty", bytes.Fields(bs("   ")))
	show("FieldsNil", bytes.Fields(nil))
	show("FieldsUnicode", bytes.Fields(bs("a\u00a0b\u2003c\xffd")))
	show("FieldsFunc", bytes.FieldsFunc(bs("a1b22c333"), unicode.IsDigit))
	show("FieldsFuncAll", bytes.FieldsFunc(bs("123"), unicode.IsDigit))

	// Pieces do not share spare capacity: appending to one leaves the next.
	parts := bytes.Split(bs("x y"), bs(" "))
	parts[0] = append(parts[0], 'Z')
	fmt.Printf("%q %q\n", parts[0], parts[1])

	j := bytes.Join([][]byte{bs("a"), bs("b"), bs("c")}, bs(", "))
	fmt.Printf("%q %d\n", j, cap(j))
	j = bytes.Join(nil, bs(","))
	fmt.Printf("%q %v\n", j, j == nil)
	one := bs("only")
	j = bytes.Join([][]byte{one}, bs(","))
	j[0] = 'O'
	fmt.Printf("%q %q %d\n", j, one, cap(j))
	fmt.Printf("%q\n", bytes.Join([][]byte{{}, {}, bs("x")}, bs("-")))
}
