// panic with values of named basic types prints the type name too.
package main

import "fmt"

type Code int

func main() {
	fmt.Println("start")
	panic(Code(7))
}
