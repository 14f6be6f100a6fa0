// A panic deep in a recursion, after output from every level.
package main

import "fmt"

func descend(n int, path []int) int {
	path = append(path, n)
	fmt.Println("level", n, path)
	if n == 4 {
		return path[n+1]
	}
	return descend(n+1, path)
}

func main() {
	fmt.Println(descend(0, nil))
}
