// panic with a message built by fmt.Sprintf.
package main

import "fmt"

func main() {
	vals := []int{3, 1, 4}
	fmt.Println("vals:", vals)
	panic(fmt.Sprintf("bad state: %v (len %d, %q)", vals, len(vals), "x"))
}
