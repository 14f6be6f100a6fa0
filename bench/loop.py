# Benchmark: the 10^8-iteration checksum loop of loop.go.
def main():
    total = 0
    for i in range(100000000):
        total = (total * 31 + i) % 1000000007
    print(total)


main()
