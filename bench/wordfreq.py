# Benchmark: word frequencies (same as wordfreq.go).
import sys


def main():
    src = open(sys.argv[1], "rb") if len(sys.argv) > 1 else sys.stdin.buffer
    counts = {}
    total = 0
    for line in src:
        for w in line.split():
            counts[w] = counts.get(w, 0) + 1
            total += 1
    words = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    print("%d words, %d distinct" % (total, len(words)))
    for w, c in words[:20]:
        print("%8d %s" % (c, w.decode()))


main()
