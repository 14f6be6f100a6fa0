// Benchmark: string building without package strings: 300000 pieces made
// with Sprintf and appended with +=; each line of more than 60 bytes is
// compared with the previous one, measured, sampled into a hash and
// restarted. Formatting, concatenation and comparison of short strings.
package main

import "fmt"

func main() {
	lines, total, descents, hash := 0, 0, 0, 0
	line, prev := "", ""
	for i := 0; i < 300000; i++ {
		line += fmt.Sprintf("%d:%x,", i, i*7919%65536)
		if len(line) > 60 {
			if line < prev {
				descents++
			}
			lines++
			total += len(line)
			hash = (hash*31 + int(line[len(line)/2])) % 1000000007
			prev = line
			line = ""
		}
	}
	fmt.Println(lines, total, descents, hash, prev)
}
