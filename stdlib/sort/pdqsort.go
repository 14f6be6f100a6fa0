package sort

import "math/bits"

// Pattern-defeating quicksort (Orson Peters, arXiv:2106.05123), exactly as
// Go 1.19 runs it, since the final order of equal elements depends on every
// comparison and swap:
//   - ranges of at most 12 elements are insertion-sorted;
//   - the pivot is the median of three (of three medians-of-three, "ninther",
//     from 50 elements); the swaps made while choosing it hint whether the
//     range looks increasing (0 swaps) or decreasing (all 12), and a
//     decreasing range is reversed first;
//   - a range that looks sorted after a balanced, already-partitioned step
//     gets a bounded insertion sort (at most 5 misplaced elements), which
//     may finish it;
//   - if the element before the range is not less than the pivot, every
//     element equal to the pivot is split off at once (partitionEqual);
//   - after an unbalanced partition (a side under 1/8 of the range) three
//     elements are swapped with pseudo-random ones (xorshift seeded by the
//     length) and the depth limit, initially bits.Len(n), drops by one; at
//     zero the range is heapsorted, bounding the worst case at O(n log n);
//   - the smaller side is sorted by recursion, the larger by the loop.

type sortedHint int

const (
	unknownHint sortedHint = iota
	increasingHint
	decreasingHint
)

// xorshift is Marsaglia's xorshift generator, "xorshift paper" 13/17/5.
type xorshift uint64

func (r *xorshift) Next() uint64 {
	*r ^= *r << 13
	*r ^= *r >> 17
	*r ^= *r << 5
	return uint64(*r)
}

func nextPowerOfTwo(length int) uint {
	return uint(1 << uint(bits.Len(uint(length))))
}

// insertionSort sorts data[a:b] by insertion.
func insertionSort(data Interface, a, b int) {
	for i := a + 1; i < b; i++ {
		for j := i; j > a && data.Less(j, j-1); j-- {
			data.Swap(j, j-1)
		}
	}
}

// siftDown restores the max-heap property of data[first+lo:first+hi] below
// the root lo.
func siftDown(data Interface, lo, hi, first int) {
	root := lo
	for {
		child := 2*root + 1
		if child >= hi {
			return
		}
		if child+1 < hi && data.Less(first+child, first+child+1) {
			child++
		}
		if !data.Less(first+root, first+child) {
			return
		}
		data.Swap(first+root, first+child)
		root = child
	}
}

// heapSort sorts data[a:b] by building a max-heap, then repeatedly moving
// its root to the end.
func heapSort(data Interface, a, b int) {
	first := a
	hi := b - a
	for i := (hi - 1) / 2; i >= 0; i-- {
		siftDown(data, i, hi, first)
	}
	for i := hi - 1; i >= 0; i-- {
		data.Swap(first, first+i)
		siftDown(data, 0, i, first)
	}
}

// pdqsort sorts data[a:b] with at most limit unbalanced partitions before
// falling back to heapsort.
func pdqsort(data Interface, a, b, limit int) {
	const maxInsertion = 12
	wasBalanced := true    // the last partition was reasonably balanced
	wasPartitioned := true // the range was already partitioned
	for {
		length := b - a
		if length <= maxInsertion {
			insertionSort(data, a, b)
			return
		}
		if limit == 0 {
			heapSort(data, a, b)
			return
		}
		if !wasBalanced {
			breakPatterns(data, a, b)
			limit--
		}
		pivot, hint := choosePivot(data, a, b)
		if hint == decreasingHint {
			reverseRange(data, a, b)
			// The pivot moved with the reversal.
			pivot = (b - 1) - (pivot - a)
			hint = increasingHint
		}
		if wasBalanced && wasPartitioned && hint == increasingHint {
			if partialInsertionSort(data, a, b) {
				return
			}
		}
		// data[a-1] is a pivot of an enclosing partition and no element of
		// this range is less than it: if it is not less than this pivot,
		// they are equal, and so is everything up to mid.
		if a > 0 && !data.Less(a-1, pivot) {
			a = partitionEqual(data, a, b, pivot)
			continue
		}
		mid, alreadyPartitioned := partition(data, a, b, pivot)
		wasPartitioned = alreadyPartitioned
		leftLen, rightLen := mid-a, b-mid
		balanceThreshold := length / 8
		if leftLen < rightLen {
			wasBalanced = leftLen >= balanceThreshold
			pdqsort(data, a, mid, limit)
			a = mid + 1
		} else {
			wasBalanced = rightLen >= balanceThreshold
			pdqsort(data, mid+1, b, limit)
			b = mid
		}
	}
}

// partition moves the pivot to a, then splits data[a+1:b] into elements
// less than it and the rest, and puts the pivot between them at newpivot.
// alreadyPartitioned reports that no element had to be swapped.
func partition(data Interface, a, b, pivot int) (newpivot int, alreadyPartitioned bool) {
	data.Swap(a, pivot)
	i, j := a+1, b-1 // the unpartitioned elements are data[i..j], inclusive
	for i <= j && data.Less(i, a) {
		i++
	}
	for i <= j && !data.Less(j, a) {
		j--
	}
	if i > j {
		data.Swap(j, a)
		return j, true
	}
	data.Swap(i, j)
	i++
	j--
	for {
		for i <= j && data.Less(i, a) {
			i++
		}
		for i <= j && !data.Less(j, a) {
			j--
		}
		if i > j {
			break
		}
		data.Swap(i, j)
		i++
		j--
	}
	data.Swap(j, a)
	return j, false
}

// partitionEqual splits data[a:b] into the elements equal to the pivot
// (which no element is less than) followed by the greater ones, and
// returns where the greater ones start.
func partitionEqual(data Interface, a, b, pivot int) (newpivot int) {
	data.Swap(a, pivot)
	i, j := a+1, b-1
	for {
		for i <= j && !data.Less(a, i) {
			i++
		}
		for i <= j && data.Less(a, j) {
			j--
		}
		if i > j {
			break
		}
		data.Swap(i, j)
		i++
		j--
	}
	return i
}

// partialInsertionSort sorts data[a:b] if at most 5 adjacent pairs are out
// of order (fixing each by shifting in both directions), reporting whether
// the range ended sorted. Ranges under 50 elements are never shifted.
func partialInsertionSort(data Interface, a, b int) bool {
	const (
		maxSteps         = 5
		shortestShifting = 50
	)
	i := a + 1
	for step := 0; step < maxSteps; step++ {
		for i < b && !data.Less(i, i-1) {
			i++
		}
		if i == b {
			return true
		}
		if b-a < shortestShifting {
			return false
		}
		data.Swap(i, i-1)
		// Shift the smaller element left, then the greater one right.
		if i-a >= 2 {
			for j := i - 1; j >= 1; j-- {
				if !data.Less(j, j-1) {
					break
				}
				data.Swap(j, j-1)
			}
		}
		if b-i >= 2 {
			for j := i + 1; j < b; j++ {
				if !data.Less(j, j-1) {
					break
				}
				data.Swap(j, j-1)
			}
		}
	}
	return false
}

// breakPatterns swaps the three middle elements of data[a:b] with
// pseudo-random ones, to defeat inputs that make partitions unbalanced.
func breakPatterns(data Interface, a, b int) {
	length := b - a
	if length >= 8 {
		random := xorshift(length)
		modulus := nextPowerOfTwo(length)
		for idx := a + (length/4)*2 - 1; idx <= a+(length/4)*2+1; idx++ {
			other := int(uint(random.Next()) & (modulus - 1))
			if other >= length {
				other -= length
			}
			data.Swap(idx, a+other)
		}
	}
}

// choosePivot picks the pivot of data[a:b] (see the overview), counting the
// swaps its medians would have made to derive the hint.
func choosePivot(data Interface, a, b int) (pivot int, hint sortedHint) {
	const (
		shortestNinther = 50
		maxSwaps        = 4 * 3
	)
	l := b - a
	swaps := 0
	i := a + l/4*1
	j := a + l/4*2
	k := a + l/4*3
	if l >= 8 {
		if l >= shortestNinther {
			i = medianAdjacent(data, i, &swaps)
			j = medianAdjacent(data, j, &swaps)
			k = medianAdjacent(data, k, &swaps)
		}
		j = median(data, i, j, k, &swaps)
	}
	switch swaps {
	case 0:
		return j, increasingHint
	case maxSwaps:
		return j, decreasingHint
	default:
		return j, unknownHint
	}
}

// order2 returns x, y such that data[x] <= data[y], where x, y is a, b in
// some order, counting a swap.
func order2(data Interface, a, b int, swaps *int) (int, int) {
	if data.Less(b, a) {
		*swaps++
		return b, a
	}
	return a, b
}

// median returns x where data[x] is the median of a, b, c.
func median(data Interface, a, b, c int, swaps *int) int {
	a, b = order2(data, a, b, swaps)
	b, c = order2(data, b, c, swaps)
	_, b = order2(data, a, b, swaps)
	return b
}

// medianAdjacent returns the index of the median of a-1, a, a+1.
func medianAdjacent(data Interface, a int, swaps *int) int {
	return median(data, a-1, a, a+1, swaps)
}

func reverseRange(data Interface, a, b int) {
	for i, j := a, b-1; i < j; i, j = i+1, j-1 {
		data.Swap(i, j)
	}
}
