// A missing key of a map whose values are larger than 1 KiB reads the zero
// value after collections have run and reused memory (the zero block of such
// a value type lives outside the collected heap).
package main

import (
	"fmt"
	"runtime"
)

type big [2000]byte

var sink [][]byte

func main() {
	m := map[int]big{}
	m[1] = big{1}
	_ = m[5]
	for round := 0; round < 3; round++ {
		runtime.GC()
		for i := 0; i < 500; i++ {
			b := make([]byte, 2000)
			for j := range b {
				b[j] = 0xAB
			}
			sink = append(sink, b)
		}
		v, ok := m[7]
		nonzero := 0
		for _, x := range v {
			if x != 0 {
				nonzero++
			}
		}
		fmt.Println("round", round, ok, nonzero, m[1][0])
		sink = nil
	}
}
