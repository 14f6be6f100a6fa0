package main

func toBytes(s string) int { // ERROR "s does not escape"
	b := []byte(s) // ERROR "([]byte)(s) does not escape"
	return len(b)
}

func toBytesEscape(s string) []byte { // ERROR "s does not escape"
	return []byte(s) // ERROR "([]byte)(s) escapes to heap"
}

func toString(b []byte) string { // ERROR "b does not escape"
	return string(b) // ERROR "string(b) escapes to heap"
}

func toStringLocal(b []byte) int { // ERROR "b does not escape"
	s := string(b) // ERROR "string(b) does not escape"
	return len(s)
}

func concat(a, b string) string { // ERROR "a does not escape" "b does not escape"
	return a + b // ERROR "a + b escapes to heap"
}

func concatLocal(a, b string) int { // ERROR "a does not escape" "b does not escape"
	c := a + "-" + b // ERROR "a + \"-\" + b does not escape"
	return len(c)
}

func runes(s string) int { // ERROR "s does not escape"
	r := []rune(s) // ERROR "([]rune)(s) does not escape"
	return len(r)
}

func main() {
	println(toBytes("ab"), len(toBytesEscape("cd")), toString([]byte("ef")), toStringLocal([]byte("x"))) // ERROR "([]byte)(\"ef\") does not escape" "([]byte)(\"x\") does not escape"
	println(concat("a", "b"), concatLocal("c", "d"), runes("xyz"))
}
