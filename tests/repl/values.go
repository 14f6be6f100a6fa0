// The Go program equivalent to values.in: its output is values.out.
package main

import (
	"errors"
	"fmt"
	"math"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"
)

type point struct {
	X, Y int
	name string
}

func pair() (int, string) { return 7, "seven" }

func main() {
	x := 42
	fmt.Println(x)
	fmt.Println(x * 2)
	fmt.Println(-7 / 2)
	fmt.Println(7 % -3)
	fmt.Println(1 << 62)
	fmt.Println(uint8(200) + 50)
	fmt.Println(1.5)
	fmt.Println(3.0)
	fmt.Println(1e21)
	fmt.Println(1e-7)
	fmt.Println(float32(0.1))
	fmt.Println(math.Pi)
	fmt.Println(math.Inf(-1))
	fmt.Println("hello, world")
	fmt.Println('a')
	fmt.Println(true && !false)
	s := []int{1, 2, 3}
	fmt.Println(s)
	fmt.Println(s[1:])
	fmt.Println(len(s))
	fmt.Println(cap(s[1:]))
	fmt.Println([3]bool{})
	fmt.Println([]string{"a", "b c"})
	m := map[string]int{"b": 2, "a": 1, "c": 3}
	fmt.Println(m)
	fmt.Println(map[int][]string{2: {"x"}, 1: nil})
	p := point{1, 2, "p"}
	fmt.Println(p)
	fmt.Println(&p)
	fmt.Println([]*point{})
	fmt.Println(struct{}{})
	var e error
	fmt.Println(e)
	fmt.Println(errors.New("boom"))
	fmt.Println(fmt.Errorf("wrapped: %w", errors.New("inner")))
	fmt.Println(pair())
	fmt.Println(strings.Split("a,b,,c", ","))
	fmt.Println(strings.Repeat("ab", 3))
	fmt.Println(strconv.Itoa(-45))
	fmt.Println(strconv.Quote("tab\there"))
	fmt.Println(utf8.RuneCountInString("héllo"))
	fmt.Println([]byte("hi"))
	fmt.Println([]rune("hé"))
	fmt.Println(string(rune(65)))
	var ip *int
	fmt.Println(ip)
	ch := make(chan int, 3)
	ch <- 5
	fmt.Println(len(ch))
	fmt.Println(<-ch)
	fmt.Println(time.Duration(1500) * time.Millisecond)
	fmt.Println(interface{}(3))
}
