package main

import "fmt"

type Engine struct{ HP int }

func (e *Engine) Start() string { return fmt.Sprintf("vroom %d", e.HP) }
func (e Engine) Power() int      { return e.HP }
func (e *Engine) Safe() string {
	if e == nil {
		return "no engine"
	}
	return "engine ok"
}

type Car struct {
	*Engine
	Model string
}

type Starter interface{ Start() string }

func main() {
	c := Car{&Engine{150}, "A"}
	fmt.Println(c.Start(), c.Power(), c.HP)
	// A Car value has Start in its method set thanks to *Engine.
	var s Starter = c
	fmt.Println(s.Start())
	c.HP = 200
	fmt.Println(s.Start())
	// Nil embedded pointer: pointer methods that handle nil work...
	var empty Car
	fmt.Println(empty.Safe())
	// ...but accessing a promoted field or value method panics.
	try := func(name string, f func()) {
		defer func() {
			if r := recover(); r != nil {
				fmt.Println(name, "panicked:", r)
			}
		}()
		f()
	}
	try("field", func() { fmt.Println(empty.HP) })
	try("value method", func() { fmt.Println(empty.Power()) })
	try("pointer method", func() { fmt.Println(empty.Start()) })
	try("method value", func() {
		f := empty.Power
		fmt.Println("bound", f())
	})
	try("safe value", func() {
		f := empty.Safe
		fmt.Println("bound safe:", f())
	})
	// Replacing the embedded pointer.
	empty.Engine = &Engine{1}
	fmt.Println(empty.Start())
	fmt.Printf("%+v\n", Car{nil, "B"})
}
