// panic with a float64 uses the runtime's print format.
package main

import "fmt"

func main() {
	fmt.Println("start")
	panic(1.5)
}
