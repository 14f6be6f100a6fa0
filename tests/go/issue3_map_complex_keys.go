package main

import "fmt"

func main() {
	zero := 0.0
	nan := zero / zero
	negZero := -zero
	c := map[complex128]int{complex(1, 2): 1, complex(0, 0): 2}
	c[complex(negZero, negZero)] = 5
	c[complex(nan, 0)] = 6
	c[complex(0, nan)] = 7
	fmt.Println(len(c), c[0], c[1+2i], c[complex(nan, 0)])
	c64 := map[complex64]string{1i: "i", -1i: "-i", 1: "one"}
	fmt.Println(c64)
	fmt.Println(c)
	var ik = map[interface{}]int{complex(1, 1): 1, complex64(complex(1, 1)): 2}
	fmt.Println(len(ik), ik[1+1i])
}
