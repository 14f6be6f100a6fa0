package regexp

// Matching: MatchString and the Find family.
//
// Every search is one call of the native match at a position; a result is
// a []int of offsets, two per group (group 0 is the whole match), -1 for a
// group that did not take part. The []byte methods return subslices of
// their input whose capacity ends with the match, so appending to one never
// writes over the input.
//
// FindAll's loop is Go's: after each match it searches again from the
// match's end, and after an empty match from one rune further on; an empty
// match that starts where the previous match ended is not reported (so
// "a*" on "baaac" finds "", "aaa", "" and not a second "" right after
// "aaa").

import "unicode/utf8"

// The capacity FindAll's results start with, as Go's.
const findAllStartSize = 10

// execute finds the leftmost match at or after pos in s, or in b when b is
// not nil, with the offsets of ncap/2 groups; nil if there is none.
func (re *Regexp) execute(s string, b []byte, pos int, ncap int) []int {
	offsets := make([]int, ncap)
	var found bool
	if b != nil {
		found = matchBytes(re.handle, b, pos, offsets)
	} else {
		found = match(re.handle, s, pos, offsets)
	}
	if !found {
		return nil
	}
	return offsets
}

// numCap is the length of a result with every group.
func (re *Regexp) numCap() int {
	return 2 * (re.numSubexp + 1)
}

// runeWidthAt is the width of the rune at pos of s (or b), 1 for a byte
// that is not UTF-8, 0 at the end.
func runeWidthAt(s string, b []byte, pos int) int {
	var width int
	if b != nil {
		_, width = utf8.DecodeRune(b[pos:])
	} else {
		_, width = utf8.DecodeRuneInString(s[pos:])
	}
	return width
}

// MatchString reports whether s contains a match.
func (re *Regexp) MatchString(s string) bool {
	return match(re.handle, s, 0, nil)
}

// Match reports whether b contains a match.
func (re *Regexp) Match(b []byte) bool {
	return matchBytes(re.handle, b, 0, nil)
}

// FindString returns the leftmost match in s, "" if none (or if the match
// is empty: FindStringIndex tells them apart).
func (re *Regexp) FindString(s string) string {
	m := re.execute(s, nil, 0, 2)
	if m == nil {
		return ""
	}
	return s[m[0]:m[1]]
}

// FindStringIndex returns the offsets [start, end) of the leftmost match in
// s, nil if none.
func (re *Regexp) FindStringIndex(s string) []int {
	m := re.execute(s, nil, 0, 2)
	if m == nil {
		return nil
	}
	return m[0:2]
}

// FindStringSubmatch returns the leftmost match and its groups' texts ("" for
// a group that did not take part), nil if no match.
func (re *Regexp) FindStringSubmatch(s string) []string {
	m := re.execute(s, nil, 0, re.numCap())
	if m == nil {
		return nil
	}
	texts := make([]string, 1+re.numSubexp)
	for i := range texts {
		if m[2*i] >= 0 {
			texts[i] = s[m[2*i]:m[2*i+1]]
		}
	}
	return texts
}

// FindStringSubmatchIndex returns the offsets of the leftmost match and its
// groups, nil if no match.
func (re *Regexp) FindStringSubmatchIndex(s string) []int {
	return re.execute(s, nil, 0, re.numCap())
}

// Find returns the leftmost match in b, nil if none.
func (re *Regexp) Find(b []byte) []byte {
	m := re.execute("", b, 0, 2)
	if m == nil {
		return nil
	}
	return b[m[0]:m[1]:m[1]]
}

// FindIndex returns the offsets [start, end) of the leftmost match in b,
// nil if none.
func (re *Regexp) FindIndex(b []byte) []int {
	m := re.execute("", b, 0, 2)
	if m == nil {
		return nil
	}
	return m[0:2]
}

// FindSubmatch returns the leftmost match in b and its groups (nil for a
// group that did not take part), nil if no match.
func (re *Regexp) FindSubmatch(b []byte) [][]byte {
	m := re.execute("", b, 0, re.numCap())
	if m == nil {
		return nil
	}
	groups := make([][]byte, 1+re.numSubexp)
	for i := range groups {
		if m[2*i] >= 0 {
			groups[i] = b[m[2*i]:m[2*i+1]:m[2*i+1]]
		}
	}
	return groups
}

// FindSubmatchIndex returns the offsets of the leftmost match in b and its
// groups, nil if no match.
func (re *Regexp) FindSubmatchIndex(b []byte) []int {
	return re.execute("", b, 0, re.numCap())
}

// allIndexes returns the offsets of the first n successive matches in s
// (or b) (all if n < 0), each with ncap/2 groups; nil if none.
func (re *Regexp) allIndexes(s string, b []byte, n int, ncap int) [][]int {
	end := len(s)
	if b != nil {
		end = len(b)
	}
	if n < 0 {
		n = end + 1
	}
	var result [][]int
	previousEnd := -1
	for pos := 0; len(result) < n && pos <= end; {
		m := re.execute(s, b, pos, ncap)
		if m == nil {
			break
		}
		accept := true
		if m[1] == pos {
			// An empty match at pos: not one glued to the previous match,
			// and the next search starts a rune further on.
			if m[0] == previousEnd {
				accept = false
			}
			if width := runeWidthAt(s, b, pos); width > 0 {
				pos += width
			} else {
				pos = end + 1
			}
		} else {
			pos = m[1]
		}
		previousEnd = m[1]
		if accept {
			if result == nil {
				result = make([][]int, 0, findAllStartSize)
			}
			result = append(result, m)
		}
	}
	return result
}

// FindAllString returns the successive matches in s, at most n of them (all
// if n < 0); nil if none.
func (re *Regexp) FindAllString(s string, n int) []string {
	matches := re.allIndexes(s, nil, n, 2)
	if matches == nil {
		return nil
	}
	result := make([]string, 0, findAllStartSize)
	for _, m := range matches {
		result = append(result, s[m[0]:m[1]])
	}
	return result
}

// FindAllStringIndex returns the offsets of the successive matches in s.
func (re *Regexp) FindAllStringIndex(s string, n int) [][]int {
	return re.allIndexes(s, nil, n, 2)
}

// FindAllStringSubmatch returns the successive matches in s with their
// groups' texts.
func (re *Regexp) FindAllStringSubmatch(s string, n int) [][]string {
	matches := re.allIndexes(s, nil, n, re.numCap())
	if matches == nil {
		return nil
	}
	result := make([][]string, 0, findAllStartSize)
	for _, m := range matches {
		texts := make([]string, len(m)/2)
		for i := range texts {
			if m[2*i] >= 0 {
				texts[i] = s[m[2*i]:m[2*i+1]]
			}
		}
		result = append(result, texts)
	}
	return result
}

// FindAllStringSubmatchIndex returns the offsets of the successive matches
// in s and of their groups.
func (re *Regexp) FindAllStringSubmatchIndex(s string, n int) [][]int {
	return re.allIndexes(s, nil, n, re.numCap())
}

// FindAll returns the successive matches in b.
func (re *Regexp) FindAll(b []byte, n int) [][]byte {
	matches := re.allIndexes("", b, n, 2)
	if matches == nil {
		return nil
	}
	result := make([][]byte, 0, findAllStartSize)
	for _, m := range matches {
		result = append(result, b[m[0]:m[1]:m[1]])
	}
	return result
}

// FindAllIndex returns the offsets of the successive matches in b.
func (re *Regexp) FindAllIndex(b []byte, n int) [][]int {
	return re.allIndexes("", b, n, 2)
}

// FindAllSubmatch returns the successive matches in b with their groups.
func (re *Regexp) FindAllSubmatch(b []byte, n int) [][][]byte {
	matches := re.allIndexes("", b, n, re.numCap())
	if matches == nil {
		return nil
	}
	result := make([][][]byte, 0, findAllStartSize)
	for _, m := range matches {
		groups := make([][]byte, len(m)/2)
		for i := range groups {
			if m[2*i] >= 0 {
				groups[i] = b[m[2*i]:m[2*i+1]:m[2*i+1]]
			}
		}
		result = append(result, groups)
	}
	return result
}

// FindAllSubmatchIndex returns the offsets of the successive matches in b
// and of their groups.
func (re *Regexp) FindAllSubmatchIndex(b []byte, n int) [][]int {
	return re.allIndexes("", b, n, re.numCap())
}

// Split slices s into the substrings between matches, at most n of them
// (the last holding the unsplit rest; all if n < 0, none if n == 0). An
// empty match at the very start does not make an empty first piece.
func (re *Regexp) Split(s string, n int) []string {
	if n == 0 {
		return nil
	}
	if len(re.expr) > 0 && len(s) == 0 {
		return []string{""}
	}
	matches := re.FindAllStringIndex(s, n)
	pieces := make([]string, 0, len(matches))
	start, cut := 0, 0
	for _, m := range matches {
		if n > 0 && len(pieces) == n-1 {
			break
		}
		cut = m[0]
		if m[1] != 0 {
			pieces = append(pieces, s[start:cut])
		}
		start = m[1]
	}
	if cut != len(s) {
		pieces = append(pieces, s[start:])
	}
	return pieces
}
