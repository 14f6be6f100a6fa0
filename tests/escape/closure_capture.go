package main

func captureSmallByValue() int {
	x := 1
	f := func() int { // ERROR "func literal does not escape"
		return x + 1
	}
	return f()
}

func captureModified() int {
	x := 1
	f := func() { // ERROR "func literal does not escape"
		x = 2
	}
	f()
	return x
}

func captureLargeByRef() int {
	var a [200]byte
	f := func() int { // ERROR "func literal does not escape"
		return int(a[0])
	}
	return f()
}

func captureAddrTaken() *int {
	x := 3 // ERROR "moved to heap: x"
	f := func() *int { // ERROR "func literal does not escape"
		return &x
	}
	return f()
}

func main() {
	println(captureSmallByValue(), captureModified(), captureLargeByRef(), *captureAddrTaken())
}
