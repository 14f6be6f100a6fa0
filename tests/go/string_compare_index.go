// Strings: indexing gives bytes, slicing by byte offsets, comparison is
// bytewise, and substrings share nothing observable with the original.
package main

import "fmt"

func indexOf(s, sub string) int {
	for i := 0; i+len(sub) <= len(s); i++ {
		if s[i:i+len(sub)] == sub {
			return i
		}
	}
	return -1
}

func split(s string, sep byte) []string {
	var out []string
	start := 0
	for i := 0; i < len(s); i++ {
		if s[i] == sep {
			out = append(out, s[start:i])
			start = i + 1
		}
	}
	return append(out, s[start:])
}

func main() {
	s := "hello, wörld"
	fmt.Println(len(s), s[0], s[7], s[8], s[9], s[:5], s[7:], s[8:10])
	fmt.Println(s[len(s)-1:], s[3:3] == "", s[:0] == s[len(s):])
	fmt.Println(indexOf(s, "wö"), indexOf(s, "xyz"), indexOf(s, ""), indexOf("aaab", "ab"))
	fmt.Println(split("a,b,,c", ','), len(split("", ',')), split("x", ','))

	cmp := []string{"", "a", "A", "ab", "b", "ä", "a\x00", "abc", "ab\xff"}
	for _, x := range cmp {
		row := ""
		for _, y := range cmp {
			switch {
			case x < y:
				row += "<"
			case x > y:
				row += ">"
			default:
				row += "="
			}
		}
		fmt.Println(row)
	}
	fmt.Println("abc" <= "abc", "abc" >= "abd", "b" > "abc")

	t := s[7:]
	s = "changed"
	fmt.Println(t, s)

	count := 0
	text := "the quick brown fox jumps over the lazy dog the end"
	for i := 0; i < len(text); {
		j := indexOf(text[i:], "the")
		if j < 0 {
			break
		}
		count++
		i += j + 3
	}
	fmt.Println(count)

	b := []byte("abc")
	str := string(b)
	b[0] = 'X'
	fmt.Println(str, string(b))
	var sb [3]string
	sb[1] = "mid"
	fmt.Println(sb, len(sb[0]), sb[1][1])
	fmt.Printf("%q %v %d\n", s[1:4], s[1], s[1])
}
