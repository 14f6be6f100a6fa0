package strings

import "unicode/utf8"

// Replace returns a copy of the string s with the first n non-overlapping
// instances of old replaced by new. If old is empty, it matches at the
// beginning of the string and after each UTF-8 sequence, yielding up to k+1
// replacements for a k-rune string. If n < 0, there is no limit on the
// number of replacements.
func Replace(s, old, new string, n int) string {
	if old == new || n == 0 {
		return s
	}
	if m := Count(s, old); m == 0 {
		return s
	} else if n < 0 || m < n {
		n = m
	}
	var b Builder
	b.Grow(len(s) + n*(len(new)-len(old)))
	start := 0
	for i := 0; i < n; i++ {
		j := start
		if len(old) == 0 {
			if i > 0 {
				_, width := utf8.DecodeRuneInString(s[start:])
				j += width
			}
		} else {
			j += Index(s[start:], old)
		}
		b.WriteString(s[start:j])
		b.WriteString(new)
		start = j + len(old)
	}
	b.WriteString(s[start:])
	return b.String()
}

// ReplaceAll returns a copy of the string s with all non-overlapping
// instances of old replaced by new.
func ReplaceAll(s, old, new string) string {
	return Replace(s, old, new, -1)
}

// Replacer replaces a list of strings with replacements. It is safe for
// concurrent use by multiple goroutines.
//
// Go picks one of four algorithms by the shape of the pairs; all of them
// give the same result, which golem computes directly: scanning s left to
// right, at each position the first pair (in argument order) whose old
// string is a prefix of the rest of s is replaced and the scan continues
// after it; an empty old string matches at every position, but not twice in
// a row at the same position.
type Replacer struct {
	oldnew []string
}

// NewReplacer returns a new Replacer from a list of old, new string pairs.
// Replacements are performed in the order they appear in the target string,
// without overlapping matches. The old string comparisons are done in
// argument order. NewReplacer panics if given an odd number of arguments.
func NewReplacer(oldnew ...string) *Replacer {
	if len(oldnew)%2 == 1 {
		panic("strings.NewReplacer: odd argument count")
	}
	return &Replacer{append([]string(nil), oldnew...)}
}

// match returns the index in r.oldnew of the first pair whose old string is
// a prefix of s, skipping empty old strings when skipEmpty; -1 if none.
func (r *Replacer) match(s string, skipEmpty bool) int {
	for i := 0; i < len(r.oldnew); i += 2 {
		old := r.oldnew[i]
		if old == "" && skipEmpty {
			continue
		}
		if HasPrefix(s, old) {
			return i
		}
	}
	return -1
}

// Replace returns a copy of s with all replacements performed.
func (r *Replacer) Replace(s string) string {
	var b Builder
	last := 0 // s[last:i] is pending, unchanged
	changed := false
	prevMatchEmpty := false
	for i := 0; i <= len(s); {
		k := r.match(s[i:], prevMatchEmpty)
		if k < 0 {
			prevMatchEmpty = false
			i++
			continue
		}
		old := r.oldnew[k]
		prevMatchEmpty = old == ""
		b.WriteString(s[last:i])
		b.WriteString(r.oldnew[k+1])
		changed = true
		i += len(old)
		last = i
	}
	if !changed {
		return s
	}
	if last < len(s) {
		b.WriteString(s[last:])
	}
	return b.String()
}
