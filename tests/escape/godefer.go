package main

func worker(p *int, done chan bool) { // ERROR "p does not escape" "done does not escape"
	*p = 1
	done <- true
}

func spawn() {
	done := make(chan bool)
	v := 0 // ERROR "moved to heap: v"
	go worker(&v, done)
	<-done
}

func deferred() (r int) {
	x := 3
	defer func() { // ERROR "func literal does not escape"
		r = x
	}()
	return 0
}

func deferCall(p *int) { // ERROR "p does not escape"
	*p = 2
}

func deferArg() {
	n := 1
	defer deferCall(&n)
}

func deferInLoop() {
	for i := 0; i < 2; i++ {
		v := i // ERROR "moved to heap: v"
		defer deferCall(&v)
	}
}

func sendPtr(ch chan *int) { // ERROR "ch does not escape"
	x := 5 // ERROR "moved to heap: x"
	ch <- &x
}

func main() {
	spawn()
	println(deferred())
	deferArg()
	deferInLoop()
	ch := make(chan *int, 1)
	sendPtr(ch)
	println(*<-ch)
}
