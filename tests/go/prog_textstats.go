// Text statistics over a string literal: words, letters, runes, the longest
// word, a letter histogram and word frequencies, all without maps or imports.
package main

import "fmt"

const text = `It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was the
epoch of incredulity, it was the season of Light, it was the season of Darkness.
Ünïcödé wörds — and “quotes” — count as well: naïve café, 東京 2024!`

type wordCount struct {
	word  string
	count int
}

func isLetter(r rune) bool {
	return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r > 127 && r != '—' && r != '“' && r != '”'
}

func lower(s string) string {
	b := []byte(s)
	for i, c := range b {
		if c >= 'A' && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b)
}

func splitWords(s string) []string {
	var words []string
	start := -1
	for i, r := range s {
		if isLetter(r) {
			if start < 0 {
				start = i
			}
		} else if start >= 0 {
			words = append(words, s[start:i])
			start = -1
		}
	}
	if start >= 0 {
		words = append(words, s[start:])
	}
	return words
}

func main() {
	lines := 1
	runes, spaces, digits, punct := 0, 0, 0, 0
	for _, r := range text {
		runes++
		switch {
		case r == '\n':
			lines++
			spaces++
		case r == ' ':
			spaces++
		case r >= '0' && r <= '9':
			digits++
		case r == ',' || r == '.' || r == ':' || r == '!':
			punct++
		}
	}
	fmt.Println("bytes:", len(text), "runes:", runes, "lines:", lines)
	fmt.Println("spaces:", spaces, "digits:", digits, "punctuation:", punct)
	words := splitWords(text)
	fmt.Println("words:", len(words))
	longest := ""
	for _, w := range words {
		if len([]rune(w)) > len([]rune(longest)) {
			longest = w
		}
	}
	fmt.Printf("longest word: %q (%d runes, %d bytes)\n", longest, len([]rune(longest)), len(longest))
	var hist [26]int
	for _, c := range []byte(lower(text)) {
		if c >= 'a' && c <= 'z' {
			hist[c-'a']++
		}
	}
	for i, n := range hist {
		if n >= 10 {
			bar := ""
			for j := 0; j < n/2; j++ {
				bar += "#"
			}
			fmt.Printf("%c %3d %s\n", 'a'+i, n, bar)
		}
	}
	var freq []wordCount
	for _, w := range words {
		lw := lower(w)
		found := false
		for i := range freq {
			if freq[i].word == lw {
				freq[i].count++
				found = true
				break
			}
		}
		if !found {
			freq = append(freq, wordCount{lw, 1})
		}
	}
	for i := 1; i < len(freq); i++ {
		for j := i; j > 0; j-- {
			a, b := freq[j-1], freq[j]
			if a.count < b.count || a.count == b.count && a.word > b.word {
				freq[j-1], freq[j] = b, a
			} else {
				break
			}
		}
	}
	fmt.Println("distinct words:", len(freq))
	for _, wc := range freq[:8] {
		fmt.Printf("%-8s %2d\n", wc.word, wc.count)
	}
	var nonASCII []string
	for _, w := range words {
		for _, r := range w {
			if r > 127 {
				nonASCII = append(nonASCII, w)
				break
			}
		}
	}
	fmt.Println("non-ASCII words:", nonASCII)
	fmt.Printf("%q\n", []rune(nonASCII[len(nonASCII)-1]))
}
