// Benchmark: sorting 1000000 pseudo-random ints (the minimal-standard LCG,
// whose products stay below 2^53 so LuaJIT's doubles agree) with a
// hand-written quicksort (middle pivot, Hoare partition, recursion on the
// smaller side) that hands partitions of up to 16 elements to insertion
// sort. Prints the extremes, the median and a hash of the sorted order.
package main

import "fmt"

func insertionSort(a []int, lo, hi int) {
	for i := lo + 1; i <= hi; i++ {
		v := a[i]
		j := i - 1
		for j >= lo && a[j] > v {
			a[j+1] = a[j]
			j--
		}
		a[j+1] = v
	}
}

func quickSort(a []int, lo, hi int) {
	for hi-lo > 16 {
		pivot := a[(lo+hi)/2]
		i, j := lo, hi
		for i <= j {
			for a[i] < pivot {
				i++
			}
			for a[j] > pivot {
				j--
			}
			if i <= j {
				a[i], a[j] = a[j], a[i]
				i++
				j--
			}
		}
		if j-lo < hi-i {
			quickSort(a, lo, j)
			lo = i
		} else {
			quickSort(a, i, hi)
			hi = j
		}
	}
	insertionSort(a, lo, hi)
}

func main() {
	n := 1000000
	a := make([]int, n)
	state := 42
	for i := range a {
		state = state * 48271 % 2147483647
		a[i] = state
	}
	quickSort(a, 0, n-1)
	hash := 0
	for i, v := range a {
		if i > 0 && a[i-1] > v {
			fmt.Println("not sorted at", i)
			return
		}
		hash = (hash*31 + v) % 1000000007
	}
	fmt.Println(a[0], a[n/2], a[n-1], hash)
}
