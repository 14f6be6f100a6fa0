package main

import "fmt"

type Animal interface {
	Sound() string
	Legs() int
}

type Dog struct{ name string }
type Bird struct{ name string }
type Snake struct{}
type Robot int

func (d Dog) Sound() string   { return d.name + ": woof" }
func (d Dog) Legs() int       { return 4 }
func (b *Bird) Sound() string { return b.name + ": tweet" }
func (b *Bird) Legs() int     { return 2 }
func (Snake) Sound() string   { return "hiss" }
func (Snake) Legs() int       { return 0 }
func (r Robot) Sound() string { return fmt.Sprintf("beep%d", int(r)) }
func (r Robot) Legs() int     { return int(r) }

type Walker interface{ Legs() int }

func totalLegs(as []Animal) int {
	n := 0
	for _, a := range as {
		n += a.Legs()
	}
	return n
}

func main() {
	zoo := []Animal{Dog{"rex"}, &Bird{"tweety"}, Snake{}, Robot(6), Dog{"fido"}, &Bird{"polly"}}
	for i, a := range zoo {
		fmt.Printf("%d %T %s %d\n", i, a, a.Sound(), a.Legs())
	}
	fmt.Println(totalLegs(zoo))
	// The same dynamic types through a smaller interface.
	var ws []Walker
	for _, a := range zoo {
		ws = append(ws, a)
	}
	sum := 0
	for _, w := range ws {
		sum += w.Legs()
	}
	fmt.Println(sum)
	// Repeated conversions hit the same itab; results stay correct in a loop.
	var e interface{}
	count := 0
	for i := 0; i < 1000; i++ {
		if i%2 == 0 {
			e = Robot(i % 7)
		} else {
			e = Dog{"d"}
		}
		if a, ok := e.(Animal); ok {
			count += a.Legs()
		}
		if w, ok := e.(Walker); ok {
			count += w.Legs()
		}
	}
	fmt.Println(count)
	// Interface method called through an interface stored in a struct and a map.
	type Cage struct{ A Animal }
	cages := map[string]Cage{"x": {Snake{}}, "y": {Robot(1)}}
	fmt.Println(cages["x"].A.Sound(), cages["y"].A.Sound())
	// Reassigning an interface changes dispatch.
	var a Animal = Dog{"a"}
	f := a.Sound
	a = Snake{}
	fmt.Println(f(), a.Sound())
	// Pointer receiver mutations through the interface are visible.
	b := &Bird{"b"}
	a = b
	b.name = "B"
	fmt.Println(a.Sound())
}
