# Benchmark: map inserts and lookups (same as maps.go).
def main():
    n = 1000000
    m = {}
    state = 7
    for i in range(n):
        state = state * 48271 % 2147483647
        m[state] = i
    hits = total = 0
    state = 7
    for i in range(n):
        state = state * 48271 % 2147483647
        v = m.get(state)
        if v is not None:
            hits += 1
            total += v
        if state + 1 in m:
            hits += 1
    print(len(m), hits, total)

    ns = 200000
    keys = ["key" + str(i * 7919 % ns) + "x" for i in range(ns)]
    sm = {}
    for i, k in enumerate(keys):
        sm[k] = i
    shits = ssum = 0
    for k in keys:
        v = sm.get(k)
        if v is not None:
            shits += 1
            ssum += v
    for i in range(ns):
        if "key" + str(i) in sm:
            shits += 1
    print(len(sm), shits, ssum)


main()
