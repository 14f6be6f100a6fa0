# Benchmark: sorting 1000000 LCG ints with quicksort + insertion sort (same
# as sort.go).
def insertion_sort(a, lo, hi):
    for i in range(lo + 1, hi + 1):
        v = a[i]
        j = i - 1
        while j >= lo and a[j] > v:
            a[j + 1] = a[j]
            j -= 1
        a[j + 1] = v


def quick_sort(a, lo, hi):
    while hi - lo > 16:
        pivot = a[(lo + hi) // 2]
        i, j = lo, hi
        while i <= j:
            while a[i] < pivot:
                i += 1
            while a[j] > pivot:
                j -= 1
            if i <= j:
                a[i], a[j] = a[j], a[i]
                i += 1
                j -= 1
        if j - lo < hi - i:
            quick_sort(a, lo, j)
            lo = i
        else:
            quick_sort(a, i, hi)
            hi = j
    insertion_sort(a, lo, hi)


def main():
    n = 1000000
    a = [0] * n
    state = 42
    for i in range(n):
        state = state * 48271 % 2147483647
        a[i] = state
    quick_sort(a, 0, n - 1)
    h = 0
    for i in range(n):
        if i > 0 and a[i - 1] > a[i]:
            print("not sorted at", i)
            return
        h = (h * 31 + a[i]) % 1000000007
    print(a[0], a[n // 2], a[n - 1], h)


main()
