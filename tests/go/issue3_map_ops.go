package main

import "fmt"

type Counter map[string]int

func (c Counter) Add(k string) { c[k]++ }

func (c *Counter) Reset() { *c = Counter{} }

func (c Counter) Total() int {
	t := 0
	for _, v := range c {
		t += v
	}
	return t
}

func key(s string) string {
	fmt.Println("key", s)
	return s
}

func val(v int) int {
	fmt.Println("val", v)
	return v
}

func main() {
	m := map[string]int{}
	m["a"] += 5
	m["a"] *= 3
	m["a"] -= 1
	m["b"]++
	m["b"]++
	m["c"]--
	m["d"] |= 6
	m["d"] &^= 2
	m["e"] = 1
	m["e"] <<= 10
	m["f"] = 100
	m["f"] %= 7
	fmt.Println(m)
	// Evaluation order in assignments to map elements.
	m[key("x")] = val(1)
	m[key("y")] += val(2)
	m[key("p")], m[key("q")] = val(3), val(4)
	fmt.Println(m["x"], m["y"], m["p"], m["q"])
	// Swapping two map entries.
	m["p"], m["q"] = m["q"], m["p"]
	fmt.Println(m["p"], m["q"])
	// Named map types with methods.
	c := Counter{}
	for _, w := range []string{"a", "b", "a", "c", "a"} {
		c.Add(w)
	}
	fmt.Println(c, c.Total(), len(c))
	c.Reset()
	fmt.Println(c, len(c))
	// Clear by loop then reuse.
	big := map[int]int{}
	for i := 0; i < 1000; i++ {
		big[i] = i
	}
	for k := range big {
		delete(big, k)
	}
	fmt.Println(len(big))
	for i := 0; i < 10; i++ {
		big[i*i] = i
	}
	fmt.Println(big)
	// A map of counters keyed by string built from bytes.
	buf := []byte("abcabc")
	seen := map[string]int{}
	for i := 0; i+2 <= len(buf); i++ {
		seen[string(buf[i:i+2])]++
	}
	fmt.Println(seen)
	// Map assignment is by reference; the copy sees the update.
	alias := seen
	alias["zz"] = 9
	fmt.Println(len(seen), seen["zz"])
	// Range over a map while inserting the same keys (no new keys): stable size.
	for k, v := range seen {
		seen[k] = v + 1
	}
	fmt.Println(seen)
	// Map element of struct type updated through a temporary.
	type P struct{ X, Y int }
	pm := map[string]P{"a": {1, 2}}
	p := pm["a"]
	p.X = 10
	pm["a"] = p
	pm["b"] = P{Y: 7}
	fmt.Println(pm)
	// Map len inside expressions and as array size source.
	fmt.Println(len(pm)*10 + len(m))
}
