// && and || evaluate their right operand only when needed; calls with side
// effects count how often each operand runs.
package main

import "fmt"

var calls int
var trace string

func t(name string) bool {
	calls++
	trace += name
	return true
}

func f(name string) bool {
	calls++
	trace += name
	return false
}

func reset() {
	calls = 0
	trace = ""
}

func show(label string, v bool) {
	fmt.Printf("%-8s %-5v calls=%d trace=%q\n", label, v, calls, trace)
	reset()
}

func main() {
	show("tt", t("a") && t("b"))
	show("ft", f("a") && t("b"))
	show("tf||", t("a") || f("b"))
	show("ff||", f("a") || f("b"))
	show("mixed", f("a") && t("b") || t("c") && f("d") || t("e"))
	show("nested", (t("a") || t("b")) && (f("c") || (t("d") && t("e"))))
	show("not", !f("a") && !t("b") || !f("c"))

	v := f("x") || t("y") && f("z")
	show("assign", v)

	vals := []bool{t("1") && f("2"), f("3") || t("4")}
	fmt.Println(vals)
	show("slice", vals[0] || vals[1])

	n := 0
	inc := func() bool { n++; return n < 3 }
	for inc() && inc() {
	}
	fmt.Println("n", n)

	var nilp *int
	if nilp != nil && *nilp > 0 {
		fmt.Println("unreachable")
	} else {
		fmt.Println("nil guarded")
	}
	s := []int{}
	if len(s) > 0 && s[0] == 1 {
		fmt.Println("unreachable")
	}
	ok := len(s) == 0 || s[0] == 1
	fmt.Println("ok", ok)
	reset()
	if t("i") && (f("j") || t("k")) {
		show("if", true)
	}
	for i := 0; i < 3 && t("L"); i++ {
	}
	show("loop", true)
}
