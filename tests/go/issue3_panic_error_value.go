package main

import "fmt"

type ConfigErr struct {
	Key  string
	Line int
}

func (e *ConfigErr) Error() string { return fmt.Sprintf("config: bad key %q at line %d", e.Key, e.Line) }

func load(keys []string) {
	for i, k := range keys {
		if k == "" {
			panic(&ConfigErr{k, i + 1})
		}
		fmt.Println("loaded", k)
	}
}

func main() {
	defer fmt.Println("deferred print runs before the panic message")
	load([]string{"a", "b", "", "d"})
}
