package main

type job struct {
	id int
}

func work(j *job, done chan int) { // ERROR "j does not escape" "done does not escape"
	done <- j.id
}

func startWorker(done chan int) { // ERROR "leaking param: done"
	j := &job{id: 1} // ERROR "&job{...} escapes to heap"
	go work(j, done)
}

func startClosure(done chan int) { // ERROR "leaking param: done"
	x := 2
	go func() { // ERROR "func literal escapes to heap"
		done <- x
	}()
}

func startWithArg(done chan int) { // ERROR "leaking param: done"
	y := 3 // ERROR "moved to heap: y"
	go func(p *int) { // ERROR "p does not escape" "func literal escapes to heap"
		done <- *p
	}(&y)
}

func main() {
	done := make(chan int, 3)
	startWorker(done)
	startClosure(done)
	startWithArg(done)
	println(<-done + <-done + <-done)
}
