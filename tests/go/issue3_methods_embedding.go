package main

import "fmt"

type Base struct {
	ID   int
	Name string
}

func (b Base) Describe() string { return fmt.Sprintf("Base(%d,%s)", b.ID, b.Name) }
func (b Base) Hello() string    { return "hello from " + b.Name }
func (b *Base) Rename(n string) { b.Name = n }

type Mid struct {
	Base
	Level int
}

func (m Mid) Describe() string { return fmt.Sprintf("Mid(%d)/%s", m.Level, m.Base.Describe()) }

type Top struct {
	Mid
	Name string // shadows Base.Name
}

type Logger struct{ prefix string }

func (l Logger) Log(s string) string { return l.prefix + s }

type Service struct {
	Logger
	*Base
	calls int
}

func main() {
	t := Top{Mid{Base{1, "base"}, 2}, "top"}
	fmt.Println(t.Name, t.Mid.Name, t.Base.Name, t.ID, t.Level)
	fmt.Println(t.Describe())
	fmt.Println(t.Mid.Base.Describe())
	fmt.Println(t.Hello())
	t.Rename("renamed")
	fmt.Println(t.Name, t.Base.Name, t.Hello())
	fmt.Printf("%v\n%+v\n", t, t)
	// Promoted through an embedded pointer.
	s := Service{Logger{"> "}, &Base{9, "svc"}, 0}
	fmt.Println(s.Log("x"), s.Describe(), s.ID)
	s.Rename("svc2")
	fmt.Println(s.Name, s.Base.Name)
	// Copying a struct with an embedded pointer shares the pointee.
	s2 := s
	s2.Rename("shared")
	fmt.Println(s.Name)
	// Promoted methods as values and expressions.
	d := t.Describe
	h := Top.Hello
	r := (*Top).Rename
	r(&t, "via expr")
	fmt.Println(d(), h(t))
	// Interface satisfied through promotion.
	type Describer interface{ Describe() string }
	items := []Describer{t, t.Mid, t.Base, s, &t}
	for _, it := range items {
		fmt.Printf("%T: %s\n", it, it.Describe())
	}
	// Field promoted at a shallower depth wins.
	type A struct{ X int }
	type B struct {
		A
		X string
	}
	bv := B{A{1}, "shallow"}
	fmt.Println(bv.X, bv.A.X)
}
