package main

var sinkBytes []byte
var sinkString string

func toBytesLocal(s string) int { // ERROR "s does not escape"
	b := []byte(s) // ERROR "([]byte)(s) does not escape"
	return len(b)
}

func toBytesReturned(s string) []byte { // ERROR "s does not escape"
	return []byte(s) // ERROR "([]byte)(s) escapes to heap"
}

func toBytesStored(s string) { // ERROR "s does not escape"
	sinkBytes = []byte(s) // ERROR "([]byte)(s) escapes to heap"
}

func toStringLocal(b []byte) int { // ERROR "b does not escape"
	s := string(b) // ERROR "string(b) does not escape"
	return len(s)
}

func toStringReturned(b []byte) string { // ERROR "b does not escape"
	return string(b) // ERROR "string(b) escapes to heap"
}

func toStringStored(b []byte) { // ERROR "b does not escape"
	sinkString = string(b) // ERROR "string(b) escapes to heap"
}

func runes(s string) int { // ERROR "s does not escape"
	r := []rune(s) // ERROR "([]rune)(s) does not escape"
	return len(r)
}

func main() {
	toBytesStored("x")
	toStringStored([]byte("y")) // ERROR "([]byte)(\"y\") does not escape"
	println(toBytesLocal("ab"), len(toBytesReturned("c")), toStringLocal(nil), toStringReturned(nil), runes("d"))
}
