# Benchmark: binary-trees, depth 16 (same as binary_trees.go). A node is a
# (left, right) tuple; a leaf is (None, None).
def bottom_up(depth):
    if depth <= 0:
        return (None, None)
    return (bottom_up(depth - 1), bottom_up(depth - 1))


def check(n):
    left, right = n
    if left is None:
        return 1
    return 1 + check(left) + check(right)


def main():
    min_depth, max_depth = 4, 16
    stretch = max_depth + 1
    print("stretch tree of depth %d check: %d" % (stretch, check(bottom_up(stretch))))
    long_lived = bottom_up(max_depth)
    for depth in range(min_depth, max_depth + 1, 2):
        iterations = 1 << (max_depth - depth + min_depth)
        total = 0
        for _ in range(iterations):
            total += check(bottom_up(depth))
        print("%d trees of depth %d check: %d" % (iterations, depth, total))
    print("long lived tree of depth %d check: %d" % (max_depth, check(long_lived)))


main()
