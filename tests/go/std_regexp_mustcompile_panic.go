package main

import (
	"fmt"
	"regexp"
)

func main() {
	fmt.Println(regexp.MustCompile(`ok+`).FindString("look"))
	regexp.MustCompile(`unclosed(group`)
	fmt.Println("not reached")
}
