// Methods on named types with value and pointer receivers; method values
// bind their receiver when evaluated.
package main

import "fmt"

type Counter struct {
	Name string
	N    int
}

func (c Counter) Value() int { return c.N }
func (c *Counter) Inc()      { c.N++ }
func (c Counter) IncCopy()   { c.N++ }

type Celsius float64

func (c Celsius) Fahrenheit() float64 { return float64(c)*9/5 + 32 }

type Stack []int

func (s *Stack) Push(v int) { *s = append(*s, v) }
func (s *Stack) Pop() int {
	old := *s
	v := old[len(old)-1]
	*s = old[:len(old)-1]
	return v
}
func (s Stack) Len() int { return len(s) }

func main() {
	c := Counter{Name: "c"}
	c.Inc()
	c.Inc()
	c.IncCopy()
	fmt.Println(c.Value(), c)
	p := &c
	p.Inc()
	fmt.Println(p.Value(), c.N)
	bound := c.Value
	c.Inc()
	fmt.Println(bound(), c.Value())
	inc := p.Inc
	inc()
	inc()
	fmt.Println(c.N)
	fmt.Println(Celsius(100).Fahrenheit(), Celsius(-40).Fahrenheit())
	var s Stack
	for i := 1; i <= 4; i++ {
		s.Push(i * i)
	}
	fmt.Println(s.Len(), s.Pop(), s.Pop(), s, s.Len())
	f := Counter.Value
	g := (*Counter).Inc
	g(&c)
	fmt.Println(f(c))
}
