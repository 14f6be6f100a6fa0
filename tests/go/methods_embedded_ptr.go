// Embedded structs and embedded pointers: promoted fields and methods (value
// and pointer receivers) through one and two levels, shadowing by depth.
package main

import "fmt"

type base struct {
	id   int
	name string
}

func (b base) describe() string { return fmt.Sprintf("base(%d,%s)", b.id, b.name) }
func (b *base) rename(n string) { b.name = n }
func (b *base) bump() int      { b.id++; return b.id }

type logger struct {
	lines []string
}

func (l *logger) log(s string) { l.lines = append(l.lines, s) }
func (l logger) count() int    { return len(l.lines) }

type service struct {
	*base
	logger
	name string // shadows base.name
}

type outer struct {
	service
	level int
}

func (s service) describe() string { return "service:" + s.name + "/" + s.base.describe() }

func main() {
	b := &base{id: 1, name: "b"}
	s := service{base: b, name: "svc"}
	s.rename("renamed")
	fmt.Println(b.name, s.name, s.base.name, s.id)
	s.bump()
	s.id += 10
	fmt.Println(b.id, s.describe())
	s.log("one")
	s.log("two")
	fmt.Println(s.count(), s.lines)

	o := outer{service: s, level: 2}
	o.bump() // through o.service.base (shared pointer)
	o.log("three")
	fmt.Println(b.id, o.id, o.count(), s.count(), o.describe())
	o.rename("via-outer")
	fmt.Println(b.name, o.base.name, o.service.name)

	po := &o
	po.level++
	po.id = 99
	fmt.Println(b.id, po.level, po.describe())

	f := o.bump
	f()
	f()
	fmt.Println(b.id)
	g := o.describe // value receiver: o copied now
	o.service.name = "changed"
	fmt.Println(g(), o.describe())

	h := (*base).bump
	fmt.Println(h(b), h(o.base))
	d := base.describe
	fmt.Println(d(*b))

	var svcs []service
	for i := 0; i < 3; i++ {
		svcs = append(svcs, service{base: &base{id: i}, name: fmt.Sprint("s", i)})
	}
	for _, sv := range svcs {
		sv.bump()
		sv.log("x") // logs into a copy
	}
	for _, sv := range svcs {
		fmt.Print(sv.id, sv.count(), " ")
	}
	fmt.Println()
}
