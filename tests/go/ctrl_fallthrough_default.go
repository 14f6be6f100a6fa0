// switch statements: fallthrough into default (also a default written in
// the middle), fallthrough chains, switch with init statements and no tag,
// and break inside a switch inside a loop.
package main

import "fmt"

func classify(n int) string {
	out := ""
	switch n {
	case 0:
		out += "zero "
		fallthrough
	case 1:
		out += "small "
		fallthrough
	default:
		out += "default "
	case 5:
		out += "five "
		fallthrough
	case 6:
		out += "six "
	}
	return out
}

func mid(n int) string {
	switch {
	case n < 0:
		return "neg"
	default:
		if n == 0 {
			return "zero"
		}
		fallthrough
	case n > 100:
		return "big-or-fell"
	case n > 10:
		return "medium"
	}
}

func grade(score int) (g string) {
	switch s := score / 10; s {
	case 10, 9:
		g = "A"
	case 8:
		g = "B"
	case 7, 6:
		g = "C"
		if score%10 >= 5 {
			break
		}
		g += "-"
	default:
		g = "F"
	}
	return
}

var calls int

func val(n int) int { calls++; return n }

func main() {
	for _, n := range []int{0, 1, 2, 5, 6} {
		fmt.Printf("%d: %q\n", n, classify(n))
	}
	for _, n := range []int{-1, 0, 50, 101, 11} {
		fmt.Println(n, mid(n))
	}
	for _, s := range []int{100, 95, 81, 75, 64, 10} {
		fmt.Print(grade(s), " ")
	}
	fmt.Println()

	x := 3
	switch val(x) {
	case val(1), val(2):
		fmt.Println("no")
	case val(3), val(4):
		fmt.Println("three")
	case val(5):
		fmt.Println("no")
	}
	fmt.Println("calls", calls)

	total := 0
	for i := 0; i < 10; i++ {
		switch {
		case i%3 == 0:
			continue
		case i == 7:
			break
		default:
			total += i
			continue
		}
		total += 100
	}
	fmt.Println(total)

	switch {
	}
	switch x := 5; {
	case x > 3:
		fmt.Println("x>3")
		fallthrough
	case x > 10:
		fmt.Println("fell to x>10")
	}
	var s string = "b"
	switch s + "!" {
	case "a!":
		fmt.Println("a")
	case "b!":
		fmt.Println("b")
	}
}
