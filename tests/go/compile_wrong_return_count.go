// Returning the wrong number of values.
package main

import "fmt"

func pair() (int, string) {
	return 1
}

func single() int {
	return 1, 2
}

func main() {
	fmt.Println(pair())
	fmt.Println(single())
}
