// Concatenation, comparison (bytewise, lexicographic) and building strings.
package main

import "fmt"

func main() {
	s := ""
	for i := 0; i < 10; i++ {
		s += string(rune('a' + i))
	}
	fmt.Println(s, len(s))
	t := ""
	for i := 0; i < 5; i++ {
		t = fmt.Sprint(i) + t
	}
	fmt.Println(t)
	long := ""
	for i := 0; i < 1000; i++ {
		long += "xy"
	}
	fmt.Println(len(long), long[1998:])
	words := []string{"banana", "apple", "Cherry", "apple pie", "", "äpfel", "b"}
	for _, a := range words {
		for _, b := range words {
			if a < b {
				fmt.Print("<")
			} else if a == b {
				fmt.Print("=")
			} else {
				fmt.Print(">")
			}
		}
		fmt.Println(" ", a)
	}
	fmt.Println("abc" < "abd", "ab" < "abc", "" < "a", "Z" < "a", "a" >= "a", "é" > "z")
	x := "hello"
	y := "hel"
	y += "lo"
	fmt.Println(x == y, x != y, x <= y)
	parts := []string{"a", "b", "c"}
	joined := ""
	for i, p := range parts {
		if i > 0 {
			joined += ", "
		}
		joined += p
	}
	fmt.Println("[" + joined + "]")
	rev := ""
	for _, r := range "stressed" {
		rev = string(r) + rev
	}
	fmt.Println(rev)
	a := "shared"
	b2 := a
	b2 += "!"
	fmt.Println(a, b2)
}
