// Benchmark: word frequencies. Reads a text (the file named by the last
// argument, else standard input; bench/run.sh passes the ~20 MB file that
// wordfreq.input.sh generates) with a bufio.Scanner split by words, counts
// each word in a map[string]int, sorts the words by count (descending)
// then by word, and prints the totals and the 20 most frequent words.
package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"
)

type wordCount struct {
	word  string
	count int
}

func main() {
	var in io.Reader = os.Stdin
	// The file is the last argument: under yaegi, os.Args is yaegi's whole
	// command line ("yaegi run wordfreq.go FILE").
	if n := len(os.Args); n > 1 && !strings.HasSuffix(os.Args[n-1], ".go") {
		f, err := os.Open(os.Args[n-1])
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		defer f.Close()
		in = f
	}
	counts := make(map[string]int)
	total := 0
	sc := bufio.NewScanner(in)
	sc.Split(bufio.ScanWords)
	for sc.Scan() {
		counts[sc.Text()]++
		total++
	}
	if err := sc.Err(); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	words := make([]wordCount, 0, len(counts))
	for w, c := range counts {
		words = append(words, wordCount{w, c})
	}
	sort.Slice(words, func(i, j int) bool {
		if words[i].count != words[j].count {
			return words[i].count > words[j].count
		}
		return words[i].word < words[j].word
	})
	fmt.Printf("%d words, %d distinct\n", total, len(words))
	for i := 0; i < 20 && i < len(words); i++ {
		fmt.Printf("%8d %s\n", words[i].count, words[i].word)
	}
}
