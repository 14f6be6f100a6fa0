# Benchmark: string building with % formatting and += (same as strings.go).
def main():
    lines = total = descents = h = 0
    line = prev = ""
    for i in range(300000):
        line += "%d:%x," % (i, i * 7919 % 65536)
        if len(line) > 60:
            if line < prev:
                descents += 1
            lines += 1
            total += len(line)
            h = (h * 31 + ord(line[len(line) // 2])) % 1000000007
            prev = line
            line = ""
    print(lines, total, descents, h, prev)


main()
