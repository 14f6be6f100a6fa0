package main

var sink string

func concatLocal(a, b string) int { // ERROR "a does not escape" "b does not escape"
	s := a + b // ERROR "a + b does not escape"
	return len(s)
}

func concatReturned(a, b string) string { // ERROR "a does not escape" "b does not escape"
	return a + b // ERROR "a + b escapes to heap"
}

func concatStored(a, b string) { // ERROR "a does not escape" "b does not escape"
	sink = a + "-" + b // ERROR "a + \"-\" + b escapes to heap"
}

func intToString(n int) string {
	return string(rune(n)) // ERROR "string(rune(n)) escapes to heap"
}

func compare(b []byte) bool { // ERROR "b does not escape"
	return string(b) == "abc" // ERROR "string(b) does not escape"
}

func main() {
	concatStored("a", "b")
	println(concatLocal("x", "y"), concatReturned("p", "q"), intToString(65), compare(nil))
}
