// Benchmark: binary-trees (the Benchmarks Game), depth 18 (the size issue 8 asks for), single-threaded.
// Allocates and walks millions of short-lived tree nodes: a test of the
// allocator and the garbage collector. Prints the classic check lines.
package main

import "fmt"

type node struct {
	left, right *node
}

func bottomUp(depth int) *node {
	if depth <= 0 {
		return &node{}
	}
	return &node{bottomUp(depth - 1), bottomUp(depth - 1)}
}

func (n *node) check() int {
	if n.left == nil {
		return 1
	}
	return 1 + n.left.check() + n.right.check()
}

func main() {
	const minDepth = 4
	maxDepth := 18
	stretch := maxDepth + 1
	fmt.Printf("stretch tree of depth %d check: %d\n", stretch, bottomUp(stretch).check())
	longLived := bottomUp(maxDepth)
	for depth := minDepth; depth <= maxDepth; depth += 2 {
		iterations := 1 << (maxDepth - depth + minDepth)
		check := 0
		for i := 0; i < iterations; i++ {
			check += bottomUp(depth).check()
		}
		fmt.Printf("%d trees of depth %d check: %d\n", iterations, depth, check)
	}
	fmt.Printf("long lived tree of depth %d check: %d\n", maxDepth, longLived.check())
}
