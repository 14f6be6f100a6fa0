// Using a name that is not declared.
package main

import "fmt"

func main() {
	fmt.Println(undefinedThing)
	fmt.Println(strings.ToUpper("x"))
}
