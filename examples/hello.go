// The smallest golem script: `golem run examples/hello.go`.
package main

import "fmt"

func main() {
	fmt.Println("Hello, golem!")
}
