// switch: init statements, no condition, fallthrough, several values per case,
// default anywhere, and break inside a switch inside a for.
package main

import "fmt"

func grade(score int) string {
	switch {
	case score >= 90:
		return "A"
	case score >= 80:
		return "B"
	case score >= 70:
		return "C"
	default:
		return "F"
	}
}

func kind(c byte) string {
	switch c {
	case 'a', 'e', 'i', 'o', 'u':
		return "vowel"
	case ' ', '\t':
		return "space"
	default:
		return "other"
	case '0', '1', '2', '3', '4', '5', '6', '7', '8', '9':
		return "digit"
	}
}

func falls(n int) []string {
	var out []string
	switch n {
	case 0:
		out = append(out, "zero")
		fallthrough
	case 1:
		out = append(out, "one")
		fallthrough
	case 2:
		out = append(out, "two")
	case 3:
		out = append(out, "three")
		fallthrough
	default:
		out = append(out, "default")
	}
	return out
}

func main() {
	for _, s := range []int{95, 85, 75, 10} {
		fmt.Print(grade(s), " ")
	}
	fmt.Println()
	for _, c := range []byte("a1 x") {
		fmt.Print(kind(c), " ")
	}
	fmt.Println()
	for i := 0; i < 5; i++ {
		fmt.Println(i, falls(i))
	}
	switch x := 5 * 2; {
	case x > 5:
		fmt.Println("x big", x)
	}
	switch y := 3; y {
	case 1, 2:
		fmt.Println("small")
	case 3:
		fmt.Println("three")
	}
	for i := 0; i < 10; i++ {
		switch {
		case i == 2:
			continue
		case i == 5:
			break
		case i == 7:
			fmt.Println("seven")
		}
		if i == 5 {
			fmt.Println("five: break only left the switch")
		}
		if i > 7 {
			break
		}
		fmt.Print(i, " ")
	}
	fmt.Println()
	switch s := "hello"; s + "!" {
	case "hello":
		fmt.Println("no")
	case "hello!":
		fmt.Println("matched", s)
	}
	calls := 0
	f := func(v int) int { calls++; return v }
	switch 3 {
	case f(1), f(2):
		fmt.Println("no")
	case f(3), f(4):
		fmt.Println("calls", calls)
	}
	switch {
	}
	var t bool
	switch t {
	case true:
		fmt.Println("true")
	case false:
		fmt.Println("false")
	}
}
