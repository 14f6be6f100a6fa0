// A full slice expression whose max exceeds the capacity.
package main

import "fmt"

func main() {
	s := make([]byte, 4, 6)
	m := 10
	fmt.Println(len(s[1:2:6]))
	fmt.Println(s[1:2:m])
}
