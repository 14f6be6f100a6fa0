// Variadic functions: forwarding with s..., empty and nil variadic
// arguments, aliasing of a forwarded slice, variadic methods and closures.
package main

import "fmt"

func sum(xs ...int) int {
	t := 0
	for _, x := range xs {
		t += x
	}
	return t
}

func info(xs ...int) string {
	return fmt.Sprint(len(xs), cap(xs) >= len(xs), xs == nil)
}

func forward(xs ...int) int { return sum(xs...) }

func prefix(p string, xs ...interface{}) string {
	return fmt.Sprint(append([]interface{}{p}, xs...)...)
}

func mutate(xs ...int) {
	for i := range xs {
		xs[i] *= -1
	}
}

func logf(format string, args ...interface{}) {
	fmt.Printf("[log] "+format+"\n", args...)
}

type acc struct{ vals []int }

func (a *acc) add(vs ...int) *acc {
	a.vals = append(a.vals, vs...)
	return a
}

func first(x int, rest ...string) string {
	return fmt.Sprintf("%d %d %v", x, len(rest), rest)
}

func main() {
	fmt.Println(sum(), sum(1), sum(1, 2, 3), forward(4, 5, 6))
	fmt.Println(info(), info(1, 2), info([]int{}...), info(nil...))
	s := []int{1, 2, 3}
	fmt.Println(sum(s...), forward(s...))
	mutate(s...)
	fmt.Println(s)
	mutate(s[1:]...)
	fmt.Println(s)
	mutate(1, 2, 3)
	fmt.Println(prefix("p:", 1, "a", 2.5), prefix("only"))
	logf("%d items, %s", 3, "ok")
	logf("no args")
	var a acc
	a.add(1).add().add(2, 3).add(s...)
	fmt.Println(a.vals)
	fmt.Println(first(1), first(2, "a"), first(3, []string{"x", "y"}...))

	f := func(sep string, parts ...string) string {
		out := ""
		for i, p := range parts {
			if i > 0 {
				out += sep
			}
			out += p
		}
		return out
	}
	words := []string{"a", "b", "c"}
	fmt.Println(f("-", words...), f("+"), f(",", "x"))
	var iface []interface{}
	for _, w := range words {
		iface = append(iface, w)
	}
	fmt.Println(iface...)
	fmt.Println(fmt.Sprintln(iface...) == "a b c\n")
	g := sum
	fmt.Println(g(s...), g(10, 20))
}
