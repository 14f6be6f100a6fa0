// Iterating strings with range while building new ones: rune counting,
// reversing by runes, per-rune transforms, and byte offsets of multi-byte
// characters; comparisons of the results.
package main

import "fmt"

func reverseRunes(s string) string {
	r := []rune(s)
	for i, j := 0, len(r)-1; i < j; i, j = i+1, j-1 {
		r[i], r[j] = r[j], r[i]
	}
	return string(r)
}

func caesar(s string, k rune) string {
	out := ""
	for _, c := range s {
		switch {
		case c >= 'a' && c <= 'z':
			out += string((c-'a'+k)%26 + 'a')
		case c >= 'A' && c <= 'Z':
			out += string((c-'A'+k)%26 + 'A')
		default:
			out += string(c)
		}
	}
	return out
}

func isPalindrome(s string) bool {
	r := []rune(s)
	for i := 0; i < len(r)/2; i++ {
		if r[i] != r[len(r)-1-i] {
			return false
		}
	}
	return true
}

func main() {
	s := "Hello, 世界! ñandú"
	offsets := []int{}
	runes := 0
	for i := range s {
		offsets = append(offsets, i)
		runes++
	}
	fmt.Println(runes, len(s), offsets)
	fmt.Println(reverseRunes(s))
	fmt.Println(reverseRunes(reverseRunes(s)) == s)
	enc := caesar(s, 3)
	fmt.Println(enc, caesar(enc, 23) == s)
	for _, w := range []string{"racecar", "añña", "abc", "", "x", "世a世"} {
		fmt.Print(isPalindrome(w), " ")
	}
	fmt.Println()
	counts := [5]int{}
	for _, c := range s {
		switch n := len(string(c)); n {
		case 1, 2, 3, 4:
			counts[n]++
		}
	}
	fmt.Println(counts)
	bytesOnly := ""
	for i := 0; i < len(s); i++ {
		if s[i] < 0x80 {
			bytesOnly += s[i : i+1]
		}
	}
	fmt.Println(bytesOnly)
	var last rune
	var lastIdx int
	for lastIdx, last = range s {
	}
	fmt.Println(lastIdx, last, string(last))
}
