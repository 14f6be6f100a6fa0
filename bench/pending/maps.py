# Benchmark (pending): map operations (same as maps.go).
def main():
    n = 200000
    m = {}
    state = 7
    keys = [0] * n
    for i in range(n):
        state = state * 48271 % 2147483647
        k = state % 1000000
        keys[i] = k
        m[k] = m.get(k, 0) + i
    hits = misses = 0
    for r in range(5):
        for k in keys:
            if k + r in m:
                hits += 1
            else:
                misses += 1
    for i, k in enumerate(keys):
        if i % 2 == 0:
            m.pop(k, None)
    s = 0
    for k, v in m.items():
        s = (s + k * 3 + v) % 1000000007
    print(len(m), hits, misses, s)


main()
