package main

import "fmt"

type Registry struct {
	byName map[string]int
}

func (r *Registry) Add(name string, v int) {
	r.byName[name] = v
}

func main() {
	r := &Registry{}
	fmt.Println(r.byName["x"], len(r.byName))
	func() {
		defer func() {
			e := recover()
			fmt.Println("recovered:", e)
			if err, ok := e.(error); ok {
				fmt.Println("error text:", err.Error())
			}
		}()
		r.Add("a", 1)
	}()
	var counts map[rune]int
	for _, c := range "ab" {
		fmt.Println("counting", string(c))
		counts[c]++
	}
}
