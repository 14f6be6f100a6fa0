package main

type msg struct {
	n int
}

func sendPointer(ch chan *msg) { // ERROR "ch does not escape"
	m := &msg{n: 1} // ERROR "&msg{...} escapes to heap"
	ch <- m
}

func sendValue(ch chan msg) { // ERROR "ch does not escape"
	m := msg{n: 2}
	ch <- m
}

func sendLocalAddr(ch chan *int) { // ERROR "ch does not escape"
	x := 3 // ERROR "moved to heap: x"
	ch <- &x
}

func receive(ch chan *msg) int { // ERROR "ch does not escape"
	m := <-ch
	return m.n
}

func main() {
	ch := make(chan *msg, 1)
	sendPointer(ch)
	println(receive(ch))
	cv := make(chan msg, 1)
	sendValue(cv)
	ci := make(chan *int, 1)
	sendLocalAddr(ci)
	println((<-cv).n, *<-ci)
}
