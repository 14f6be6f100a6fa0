package main

import "fmt"

func worker(id int, jobs <-chan int, results chan<- int) {
	for j := range jobs {
		results <- j * j
	}
	_ = id
}

func main() {
	ch := make(chan int)
	go func() {
		for i := 0; i < 5; i++ {
			ch <- i
		}
		close(ch)
	}()
	for v := range ch {
		fmt.Print(v, " ")
	}
	fmt.Println()

	jobs := make(chan int, 100)
	results := make(chan int, 100)
	for w := 0; w < 4; w++ {
		go worker(w, jobs, results)
	}
	for i := 1; i <= 50; i++ {
		jobs <- i
	}
	close(jobs)
	sum := 0
	for i := 0; i < 50; i++ {
		sum += <-results
	}
	fmt.Println("sum", sum)

	done := make(chan bool)
	data := make(chan string, 1)
	go func() {
		data <- "hello"
		done <- true
	}()
	<-done
	v, ok := <-data
	fmt.Println(v, ok)
	close(data)
	v, ok = <-data
	fmt.Printf("%q %v\n", v, ok)

	// ring of goroutines printing in turn
	n := 4
	chans := make([]chan int, n)
	for i := range chans {
		chans[i] = make(chan int)
	}
	fin := make(chan bool)
	for i := 0; i < n; i++ {
		go func(i int) {
			for {
				x := <-chans[i]
				if x > 12 {
					fin <- true
					return
				}
				fmt.Print(x, " ")
				chans[(i+1)%n] <- x + 1
			}
		}(i)
	}
	chans[0] <- 1
	<-fin
	fmt.Println()

	sel := make(chan int)
	quit := make(chan bool)
	go func() {
		for i := 0; i < 3; i++ {
			sel <- i
		}
		quit <- true
	}()
	for {
		select {
		case x := <-sel:
			fmt.Println("got", x)
		case <-quit:
			fmt.Println("quit")
			return
		}
	}
}
