# Benchmark: mandelbrot, 600x600 (same as mandelbrot.go: prints the points
# inside the set and a hash of the PBM bytes).
def main():
    size = 600
    inside = 0
    hash_ = 0
    for y in range(size):
        ci = 2 * y / size - 1.0
        bits = nbits = 0
        for x in range(size):
            cr = 2 * x / size - 1.5
            zr = zi = tr = ti = 0.0
            i = 0
            while i < 50 and tr + ti <= 4:
                zi = 2 * zr * zi + ci
                zr = tr - ti + cr
                tr = zr * zr
                ti = zi * zi
                i += 1
            bits *= 2
            if tr + ti <= 4:
                bits += 1
                inside += 1
            nbits += 1
            if nbits == 8 or x == size - 1:
                while nbits < 8:
                    bits *= 2
                    nbits += 1
                hash_ = (hash_ * 31 + bits) % 1000000007
                bits = nbits = 0
    print(inside, hash_)


main()
