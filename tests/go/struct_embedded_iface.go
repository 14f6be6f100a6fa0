// A struct embedding an interface: the interface's methods are promoted
// and dispatch to whatever value the field holds; an outer method overrides
// one of them (a decorator).
package main

import "fmt"

type store interface {
	get(k int) string
	put(k int, v string)
	size() int
}

type sliceStore struct{ data []string }

func (s *sliceStore) get(k int) string {
	if k < len(s.data) {
		return s.data[k]
	}
	return ""
}

func (s *sliceStore) put(k int, v string) {
	for len(s.data) <= k {
		s.data = append(s.data, "")
	}
	s.data[k] = v
}

func (s *sliceStore) size() int { return len(s.data) }

type counting struct {
	store
	gets, puts int
}

func (c *counting) get(k int) string {
	c.gets++
	return c.store.get(k)
}

func (c *counting) put(k int, v string) {
	c.puts++
	c.store.put(k, v+"!")
}

type upper struct{ store }

func (u upper) get(k int) string {
	b := []byte(u.store.get(k))
	for i := range b {
		if b[i] >= 'a' && b[i] <= 'z' {
			b[i] -= 'a' - 'A'
		}
	}
	return string(b)
}

func fill(s store, n int) {
	for i := 0; i < n; i++ {
		s.put(i, fmt.Sprint("v", i))
	}
}

func main() {
	base := &sliceStore{}
	c := &counting{store: base}
	fill(c, 4)
	fmt.Println(c.get(2), c.get(9), c.size(), c.gets, c.puts, base.data)

	u := upper{c}
	var s store = u
	fmt.Println(s.get(1), s.size(), c.gets)
	s.put(5, "x")
	fmt.Println(base.size(), base.get(5), c.puts)

	layered := upper{upper{&counting{store: &sliceStore{}}}}
	layered.put(0, "deep")
	fmt.Println(layered.get(0), layered.size())

	var empty counting
	fmt.Println(empty.store == nil, empty.gets)
	c.store = &sliceStore{data: []string{"fresh"}}
	fmt.Println(c.get(0), u.get(0), c.gets)
}
