# Benchmark: spectral-norm, n = 500 (same as spectral_norm.go, Newton
# square root).


def a(i, j):
    ij = i + j
    return 1.0 / (ij * (ij + 1) // 2 + i + 1)


def multiply_av(n, v, av):
    for i in range(n):
        total = 0.0
        for j in range(n):
            total += a(i, j) * v[j]
        av[i] = total


def multiply_atv(n, v, atv):
    for i in range(n):
        total = 0.0
        for j in range(n):
            total += a(j, i) * v[j]
        atv[i] = total


def multiply_atav(n, v, out, tmp):
    multiply_av(n, v, tmp)
    multiply_atv(n, tmp, out)


def sqrt(x):
    y = 0.5 * (x + 1)
    while True:
        nxt = 0.5 * (y + x / y)
        if nxt >= y:
            return y
        y = nxt


def main():
    n = 500
    u = [1.0] * n
    v = [0.0] * n
    tmp = [0.0] * n
    for _ in range(10):
        multiply_atav(n, u, v, tmp)
        multiply_atav(n, v, u, tmp)
    vbv = vv = 0.0
    for i in range(n):
        vbv += u[i] * v[i]
        vv += v[i] * v[i]
    print("%.9f" % sqrt(vbv / vv))


main()
