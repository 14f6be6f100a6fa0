package path

// Shell pattern matching: Match.
//
// A pattern is split into chunks, each a run of non-star pattern text led
// by any number of stars. A chunk matches a fixed number of runes; its
// stars may skip any bytes of name except '/', so the matcher tries the
// chunk at each later position of the current element, keeping the first
// position that works (and, for the last chunk, that reaches the end of
// name). Once a match has failed, the rest of the pattern is still read to
// report a malformed one as ErrBadPattern: a class must be closed and have
// at least one range, its ranges' ends cannot be '-' or ']' unescaped, and
// a backslash cannot end the pattern.

import (
	"errors"
	"strings"
	"unicode/utf8"
)

// ErrBadPattern is the error of a malformed pattern.
var ErrBadPattern = errors.New("syntax error in pattern")

// Match reports whether name matches the shell pattern: '*' is any run of
// non-'/' characters, '?' one non-'/' character, '[class]' one character
// of a class of characters and lo-hi ranges ('[^class]' one outside it),
// and '\c' the character c.
func Match(pattern, name string) (matched bool, err error) {
	for pattern != "" {
		star, chunk, rest := nextChunk(pattern)
		pattern = rest
		if star && chunk == "" {
			return strings.IndexByte(name, '/') < 0, nil
		}
		tail, ok, err := matchChunk(chunk, name)
		if ok && (tail == "" || pattern != "") {
			name = tail
			continue
		}
		if err != nil {
			return false, err
		}
		if star {
			if tail, found, err := matchAfterSkip(chunk, name, pattern == ""); found {
				name = tail
				continue
			} else if err != nil {
				return false, err
			}
		}
		return false, checkChunks(pattern)
	}
	return name == "", nil
}

// matchAfterSkip tries chunk after skipping 1, 2, ... bytes of name's
// first element; a last chunk must take the rest of name.
func matchAfterSkip(chunk, name string, last bool) (tail string, found bool, err error) {
	for skip := 1; skip <= len(name) && name[skip-1] != '/'; skip++ {
		tail, ok, err := matchChunk(chunk, name[skip:])
		if ok && !(last && tail != "") {
			return tail, true, nil
		}
		if !ok && err != nil {
			return "", false, err
		}
	}
	return "", false, nil
}

// checkChunks returns ErrBadPattern if a chunk of pattern is malformed.
func checkChunks(pattern string) error {
	for pattern != "" {
		var chunk string
		_, chunk, pattern = nextChunk(pattern)
		if _, _, err := matchChunk(chunk, ""); err != nil {
			return err
		}
	}
	return nil
}

// nextChunk cuts pattern after its leading stars and the text up to the
// next star outside a class.
func nextChunk(pattern string) (star bool, chunk, rest string) {
	for pattern != "" && pattern[0] == '*' {
		pattern = pattern[1:]
		star = true
	}
	inClass := false
	i := 0
	for ; i < len(pattern); i++ {
		c := pattern[i]
		if c == '*' && !inClass {
			break
		}
		switch c {
		case '\\':
			if i+1 < len(pattern) {
				i++
			}
		case '[':
			inClass = true
		case ']':
			inClass = false
		}
	}
	return star, pattern[:i], pattern[i:]
}

// matchChunk matches chunk (no stars) at the start of s and returns what
// of s is left; ok is false when it does not match. A malformed chunk is
// an error even when s has run out.
func matchChunk(chunk, s string) (rest string, ok bool, err error) {
	failed := false
	for chunk != "" {
		if s == "" {
			failed = true
		}
		switch chunk[0] {
		case '[':
			var r rune
			if !failed {
				var width int
				r, width = utf8.DecodeRuneInString(s)
				s = s[width:]
			}
			var inClass bool
			inClass, chunk, err = matchClass(chunk[1:], r)
			if err != nil {
				return "", false, err
			}
			if !inClass {
				failed = true
			}
		case '?':
			if !failed {
				if s[0] == '/' {
					failed = true
				}
				_, width := utf8.DecodeRuneInString(s)
				s = s[width:]
			}
			chunk = chunk[1:]
		default:
			if chunk[0] == '\\' {
				chunk = chunk[1:]
				if chunk == "" {
					return "", false, ErrBadPattern
				}
			}
			if !failed {
				if chunk[0] != s[0] {
					failed = true
				}
				s = s[1:]
			}
			chunk = chunk[1:]
		}
	}
	if failed {
		return "", false, nil
	}
	return s, true, nil
}

// matchClass reads a class after its '[' and reports whether r is in it
// (negation applied), with the chunk after the closing ']'.
func matchClass(chunk string, r rune) (inClass bool, rest string, err error) {
	negated := chunk != "" && chunk[0] == '^'
	if negated {
		chunk = chunk[1:]
	}
	found := false
	for ranges := 0; ; ranges++ {
		if ranges > 0 && chunk != "" && chunk[0] == ']' {
			return found != negated, chunk[1:], nil
		}
		var lo, hi rune
		if lo, chunk, err = classRune(chunk); err != nil {
			return false, "", err
		}
		hi = lo
		if chunk[0] == '-' {
			if hi, chunk, err = classRune(chunk[1:]); err != nil {
				return false, "", err
			}
		}
		if lo <= r && r <= hi {
			found = true
		}
	}
}

// classRune reads one end of a class range, perhaps escaped. It is an
// error for the class to stop there (something must follow: at least its
// ']').
func classRune(chunk string) (r rune, rest string, err error) {
	if chunk == "" || chunk[0] == '-' || chunk[0] == ']' {
		return 0, "", ErrBadPattern
	}
	if chunk[0] == '\\' {
		chunk = chunk[1:]
		if chunk == "" {
			return 0, "", ErrBadPattern
		}
	}
	r, width := utf8.DecodeRuneInString(chunk)
	if r == utf8.RuneError && width == 1 {
		return 0, "", ErrBadPattern
	}
	rest = chunk[width:]
	if rest == "" {
		return 0, "", ErrBadPattern
	}
	return r, rest, nil
}
