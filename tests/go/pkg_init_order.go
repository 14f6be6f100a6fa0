// Package-level variables are initialized in dependency order, not source
// order; init functions run afterwards, in source order, before main.
package main

import "fmt"

var (
	a = c + b
	b = f("b", 1)
	c = f("c", 2)
	d = 3
)

var total = sum(table)

var table = []int{a, b, c, d}

var greeting = makeGreeting()

var name = "golem"

func f(label string, v int) int {
	fmt.Println("init var", label)
	return v * 10
}

func sum(vals []int) int {
	fmt.Println("sum over", len(vals), "values")
	t := 0
	for _, v := range vals {
		t += v
	}
	return t
}

func makeGreeting() string {
	fmt.Println("greeting sees name =", name)
	return "hello, " + name
}

var counter int

func init() {
	counter++
	fmt.Println("first init, counter =", counter, "a =", a)
}

func init() {
	counter += 10
	fmt.Println("second init, counter =", counter)
}

func main() {
	fmt.Println("main:", a, b, c, d, total, table)
	fmt.Println(greeting, counter)
}

func init() {
	counter *= 2
	fmt.Println("third init, counter =", counter)
}
