// A tiny stack machine: instructions implement an interface, a program is
// a slice of them, and the machine runs a loop computing factorials and
// primes. Exercises interface dispatch, method values, and errors.
package main

import (
	"errors"
	"fmt"
)

type machine struct {
	stack []int
	pc    int
	out   []string
}

type instr interface {
	exec(m *machine) error
	String() string
}

type push struct{ v int }
type binop struct {
	name string
	f    func(a, b int) int
}
type jumpIfZero struct{ target int }
type jump struct{ target int }
type dup struct{ depth int }
type emit struct{}
type pop struct{}

var errUnderflow = errors.New("stack underflow")

func (m *machine) pop() (int, error) {
	if len(m.stack) == 0 {
		return 0, errUnderflow
	}
	v := m.stack[len(m.stack)-1]
	m.stack = m.stack[:len(m.stack)-1]
	return v, nil
}

func (p push) exec(m *machine) error { m.stack = append(m.stack, p.v); return nil }
func (p push) String() string        { return fmt.Sprintf("push %d", p.v) }
func (b binop) exec(m *machine) error {
	y, err := m.pop()
	if err != nil {
		return err
	}
	x, err := m.pop()
	if err != nil {
		return err
	}
	m.stack = append(m.stack, b.f(x, y))
	return nil
}
func (b binop) String() string { return b.name }
func (j jumpIfZero) exec(m *machine) error {
	v, err := m.pop()
	if err != nil {
		return err
	}
	if v == 0 {
		m.pc = j.target - 1
	}
	return nil
}
func (j jumpIfZero) String() string { return fmt.Sprintf("jz %d", j.target) }
func (j jump) exec(m *machine) error  { m.pc = j.target - 1; return nil }
func (j jump) String() string         { return fmt.Sprintf("jmp %d", j.target) }
func (d dup) exec(m *machine) error {
	if d.depth >= len(m.stack) {
		return fmt.Errorf("dup %d: %w", d.depth, errUnderflow)
	}
	m.stack = append(m.stack, m.stack[len(m.stack)-1-d.depth])
	return nil
}
func (d dup) String() string { return fmt.Sprintf("dup %d", d.depth) }
func (emit) exec(m *machine) error {
	v, err := m.pop()
	if err != nil {
		return err
	}
	m.out = append(m.out, fmt.Sprint(v))
	return nil
}
func (emit) String() string { return "emit" }
func (pop) exec(m *machine) error {
	_, err := m.pop()
	return err
}
func (pop) String() string { return "pop" }

func run(prog []instr, limit int) (*machine, int, error) {
	m := &machine{}
	steps := 0
	for m.pc = 0; m.pc < len(prog); m.pc++ {
		if steps >= limit {
			return m, steps, errors.New("step limit")
		}
		steps++
		if err := prog[m.pc].exec(m); err != nil {
			return m, steps, fmt.Errorf("pc %d (%v): %v", m.pc, prog[m.pc], err)
		}
	}
	return m, steps, nil
}

func main() {
	mul := binop{"mul", func(a, b int) int { return a * b }}
	sub := binop{"sub", func(a, b int) int { return a - b }}
	// A straight-line run through the loop body once: acc*n and n-1.
	fact := []instr{
		push{1}, push{15},
		dup{0}, jumpIfZero{11},
		dup{0}, dup{2}, mul, // acc n acc*n
		dup{1}, push{1}, sub, // acc n acc*n n-1
		jump{12},
		pop{}, emit{}, jump{100},
	}
	m, steps, err := run(fact, 1000)
	fmt.Println(m.out, steps, err, m.stack)
	for i, in := range fact[:6] {
		fmt.Print(i, ":", in, " ")
	}
	fmt.Println()

	_, _, err = run([]instr{push{1}, mul}, 10)
	fmt.Println(err)
	_, _, err = run([]instr{push{1}, dup{3}}, 10)
	fmt.Println(err)
	_, steps, err = run([]instr{push{0}, jump{0}}, 50)
	fmt.Println(steps, err)
	fmt.Println(fact[6], fact[3])
}
