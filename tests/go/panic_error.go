// panic with an error value prints its Error() text.
package main

import "fmt"

func find(name string) error {
	return fmt.Errorf("no such item: %q (tried %d places)", name, 3)
}

func main() {
	fmt.Println("searching")
	if err := find("widget"); err != nil {
		panic(err)
	}
}
