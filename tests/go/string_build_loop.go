// Strings built in loops by concatenation and Sprintf, compared, sliced and
// measured; strings are values, so earlier copies never change.
package main

import "fmt"

func repeat(s string, n int) string {
	out := ""
	for i := 0; i < n; i++ {
		out += s
	}
	return out
}

func join(parts []string, sep string) string {
	r := ""
	for i, p := range parts {
		if i > 0 {
			r += sep
		}
		r += p
	}
	return r
}

func reverse(s string) string {
	b := []byte(s)
	for i, j := 0, len(b)-1; i < j; i, j = i+1, j-1 {
		b[i], b[j] = b[j], b[i]
	}
	return string(b)
}

func main() {
	s := ""
	snapshots := []string{}
	for i := 0; i < 10; i++ {
		s += string(rune('a' + i))
		if i%3 == 0 {
			snapshots = append(snapshots, s)
		}
	}
	fmt.Println(s, snapshots)

	fmt.Println(repeat("ab", 5), len(repeat("xyz", 1000)))
	fmt.Println(join([]string{"x", "y", "z"}, ", "))
	fmt.Println(join(nil, "-") == "", reverse("hello, world"))

	var parts []string
	for i := 0; i < 5; i++ {
		parts = append(parts, fmt.Sprintf("%d:%02d", i, i*i))
	}
	line := join(parts, "|")
	fmt.Println(line, len(line))

	a := "abc"
	b := "ab" + "c"
	c := "ab"
	c += "c"
	fmt.Println(a == b, a == c, b == c, a < "abd", a > "ab", "" < a, "Z" < "a")
	words := []string{"pear", "apple", "fig", "apple2", "Apple"}
	for i := 1; i < len(words); i++ {
		for j := i; j > 0 && words[j] < words[j-1]; j-- {
			words[j], words[j-1] = words[j-1], words[j]
		}
	}
	fmt.Println(words)

	acc := ""
	for i := 0; i < 2000; i++ {
		acc += fmt.Sprint(i % 10)
	}
	fmt.Println(len(acc), acc[:15], acc[1990:])
	h := 0
	for i := 0; i < len(acc); i++ {
		h = h*31 + int(acc[i])
		h %= 1000003
	}
	fmt.Println(h)

	t := "héllo"
	u := t
	t += "!"
	fmt.Println(t, u, len(t), len(u), t[1:3] == "é")
	x := "ab"
	y := x
	x += "cd"
	y += "ef"
	fmt.Println(x, y)
}
