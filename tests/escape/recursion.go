package main

type tree struct {
	left, right *tree
	val         int
}

func insert(t *tree, v int) *tree { // ERROR "leaking param: t"
	if t == nil {
		return &tree{val: v} // ERROR "&tree{...} escapes to heap"
	}
	if v < t.val {
		t.left = insert(t.left, v)
	} else {
		t.right = insert(t.right, v)
	}
	return t
}

func sum(t *tree) int { // ERROR "t does not escape"
	if t == nil {
		return 0
	}
	return t.val + sum(t.left) + sum(t.right)
}

func even(p *int, n int) *int { // ERROR "leaking param: p"
	if n == 0 {
		return p
	}
	return odd(p, n-1)
}

func odd(p *int, n int) *int { // ERROR "leaking param: p"
	if n == 0 {
		return nil
	}
	return even(p, n-1)
}

func main() {
	var root *tree
	for i := 0; i < 5; i++ {
		root = insert(root, i)
	}
	x := 1 // ERROR "moved to heap: x"
	println(sum(root), even(&x, 4) != nil)
}
