package main

import (
	"fmt"
	"runtime"
	"strings"
)

type msg struct {
	text  string
	parts []string
	next  *msg
}

func main() {
	ch := make(chan *msg, 64)
	for i := 0; i < 64; i++ {
		m := &msg{text: strings.Repeat("x", i), parts: strings.Split(fmt.Sprint(i, ",", i*i), ",")}
		m.next = &msg{text: fmt.Sprint("inner", i)}
		ch <- m // the channel buffer holds the only reference
	}
	values := make(chan []string, 8)
	values <- []string{"a", "b", "c"}
	for i := 0; i < 30; i++ {
		_ = make([]*msg, 1000)
		runtime.GC()
	}
	total := 0
	for i := 0; i < 64; i++ {
		m := <-ch
		total += len(m.text) + len(m.parts) + len(m.next.text)
		if i == 63 {
			fmt.Println(m.parts, m.next.text)
		}
	}
	fmt.Println(total, <-values)
}
