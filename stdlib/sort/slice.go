package sort

import "math/bits"

// sliceLen returns the length of the slice in x; it panics as reflect's
// Swapper does when x is not a slice.
func sliceLen(x any) int

// swapElems swaps elements i and j of the slice in x.
func swapElems(x any, i, j int)

// lessSwap adapts a less function and any slice to Interface.
type lessSwap struct {
	x    any
	n    int
	less func(i, j int) bool
}

func (d *lessSwap) Len() int           { return d.n }
func (d *lessSwap) Less(i, j int) bool { return d.less(i, j) }
func (d *lessSwap) Swap(i, j int)      { swapElems(d.x, i, j) }

// Slice sorts the slice x given the provided less function. It panics if x
// is not a slice. The sort is not guaranteed to be stable: equal elements
// may be reversed from their original order.
func Slice(x any, less func(i, j int) bool) {
	n := sliceLen(x)
	limit := bits.Len(uint(n))
	pdqsort(&lessSwap{x, n, less}, 0, n, limit)
}

// SliceStable sorts the slice x using the provided less function, keeping
// equal elements in their original order. It panics if x is not a slice.
func SliceStable(x any, less func(i, j int) bool) {
	n := sliceLen(x)
	stable(&lessSwap{x, n, less}, n)
}

// SliceIsSorted reports whether the slice x is sorted according to the
// provided less function. It panics if x is not a slice.
func SliceIsSorted(x any, less func(i, j int) bool) bool {
	n := sliceLen(x)
	for i := n - 1; i > 0; i-- {
		if less(i, i-1) {
			return false
		}
	}
	return true
}
