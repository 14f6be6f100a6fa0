// A file for :load in commands.in: a whole Go program, whose declarations
// join the session (its main is declared, not run).
package main

import "fmt"

var greeting = "hello"

func greet(name string) string { return fmt.Sprintf("%s, %s", greeting, name) }

func main() { fmt.Println(greet("main")) }
