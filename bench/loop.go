// Benchmark: a 10^8-iteration integer loop. The checksum is a running
// polynomial hash modulo a prime, which has no closed form, so no compiler can
// fold the loop away; every value stays below 2^53 so that LuaJIT's doubles
// compute the same number.
package main

import "fmt"

func main() {
	sum := 0
	for i := 0; i < 100000000; i++ {
		sum = (sum*31 + i) % 1000000007
	}
	fmt.Println(sum)
}
