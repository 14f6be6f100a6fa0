// Large package-level arrays (over frame size, held inline in the global
// segment): initialization, indexing, whole-array assignment, addresses,
// passing, ranging, slicing, comparison, and neighbours left intact.
package main

import "fmt"

var before = [3]int32{-1, -2, -3}
var big = [400]int64{1, 2, 3, 4, 5, 399: 42}
var small = [4]uint32{7, 8, 9, 10}
var bytes [5000]byte
var derived = twice(big)
var after = "after"

func twice(a [400]int64) [400]int64 {
	for i := range a {
		a[i] *= 2
	}
	return a
}

func sum(a [400]int64) int64 {
	var s int64
	for _, v := range a {
		s += v
	}
	return s
}

func bump(p *[400]int64, i int) { p[i]++ }

func bumpElem(p *int64) { *p += 100 }

func main() {
	fmt.Println(big[0], big[1], big[4], big[398], big[399], small, before, after)
	fmt.Println(derived[0], derived[4], derived[399], sum(derived))

	// Variable indexes, element stores and the bounds check's reach.
	for i := 0; i < len(big); i += 57 {
		big[i] = int64(i * 3)
	}
	i := 399
	big[i] -= 2
	fmt.Println(big[0], big[57], big[399], sum(big))

	// Addresses of the whole array and of elements.
	p := &big
	bump(p, 1)
	bumpElem(&big[2])
	q := &big[i]
	*q = 7
	fmt.Println(big[1], big[2], big[399], p[399], p == &big)

	// Whole-array assignment: from a local, from a call, from another global.
	local := big
	local[0] = -100
	fmt.Println(big[0], local[0])
	big = twice(local)
	fmt.Println(big[0], big[1], big[399], sum(big))
	big = derived
	fmt.Println(big == derived, sum(big) == sum(derived))
	big[10] = 1
	fmt.Println(big == derived, big != derived)
	var zero [400]int64
	big = zero
	fmt.Println(sum(big), big == zero)

	// Slicing and copy.
	s := big[10:20]
	s[0] = 55
	n := copy(big[100:], derived[:5])
	fmt.Println(big[10], n, big[100:106], len(big[:]), cap(big[390:]))

	// Range by value copies the array first; by pointer it sees writes.
	for k, v := range big {
		if k == 0 {
			big[1] = 999
		}
		if k == 1 {
			fmt.Println("range copy:", v)
		}
	}
	for k := range &big {
		if k == 0 {
			big[2] = 888
		}
		if k == 2 {
			fmt.Println("range ptr:", big[k])
		}
	}

	// Byte array: sub-word elements.
	for k := range bytes {
		bytes[k] = byte(k)
	}
	total := 0
	for _, b := range bytes {
		total += int(b)
	}
	fmt.Println(bytes[4999], total, string(bytes[65:70]))

	// Through an interface and fmt.
	var x interface{} = small
	var y interface{} = derived
	back := y.([400]int64)
	fmt.Println(x, back[399], len(fmt.Sprint(big)))

	// A closure sharing the global.
	set := func(k int, v int64) { big[k] = v }
	set(3, 33)
	fmt.Println(big[3], before, small, after)
}
