// Package regexp is Go's regular expression package on RE2, whose syntax
// and guarantees (linear time, no backreferences) Go's own engine copies.
//
// golem's regexp is Go source compiled by golem around three intrinsics
// (stdlib/regexp_natives.cpp): compile a pattern, and run one leftmost match
// at a position of a string or a []byte. Everything that is Go's policy
// stays here, in Go: the loops of FindAll, ReplaceAll and Split with Go's
// rule for empty matches, $ expansion, QuoteMeta, the results' shapes.
// Compile errors are Go's *syntax.Error values with Go's texts.
//
// A Regexp names its RE2 object by an int handle into a table the C++ side
// owns, so no C++ pointer lives in Go memory.
//
// Known differences from Go 1.19: bytes that are not valid UTF-8 never
// match (Go reads each as U+FFFD: "." and negated classes match it);
// Unicode classes use RE2's Unicode version; CompilePOSIX's negated classes
// match a newline; a lazy loop that can match empty inside another loop
// ("((a?)*?)*") may prefer a longer match than Go's; Go's limit of 1000
// nested groups is not enforced.
// Not provided: LiteralPrefix, the io.RuneReader methods (MatchReader,
// FindReaderIndex, FindReaderSubmatchIndex).
package regexp

import (
	"regexp/syntax"
	"strconv"
)

// Regexp is a compiled regular expression. Its methods may be called from
// several goroutines at once, except Longest.
type Regexp struct {
	expr        string
	handle      int // the RE2 object in the native table
	posix       bool
	longest     bool
	numSubexp   int
	subexpNames []string
}

// compile asks RE2 for expr in the given syntax. On failure handle is -1 and
// code and errExpr are Go's error.
func compile(expr string, posix, longest bool) (handle int, names []string, code string, errExpr string)

// match runs the leftmost match of the regexp at or after pos in s, writing
// the offsets of up to len(dst)/2 groups into dst (-1 for a group that did
// not take part).
func match(handle int, s string, pos int, dst []int) bool

// matchBytes is match on a []byte.
func matchBytes(handle int, b []byte, pos int, dst []int) bool

func compileRegexp(expr string, posix bool) (*Regexp, error) {
	handle, names, code, errExpr := compile(expr, posix, posix)
	if handle < 0 {
		return nil, &syntax.Error{Code: syntax.ErrorCode(code), Expr: errExpr}
	}
	return &Regexp{
		expr:        expr,
		handle:      handle,
		posix:       posix,
		longest:     posix,
		numSubexp:   len(names) - 1,
		subexpNames: names,
	}, nil
}

// Compile parses a regular expression in Go's (Perl-like) syntax. Matching
// is leftmost-first: of the matches starting leftmost, the one a
// backtracking engine would find first.
func Compile(expr string) (*Regexp, error) {
	return compileRegexp(expr, false)
}

// CompilePOSIX parses a POSIX egrep regular expression, and matching is
// leftmost-longest.
func CompilePOSIX(expr string) (*Regexp, error) {
	return compileRegexp(expr, true)
}

// MustCompile is Compile that panics on a bad pattern.
func MustCompile(str string) *Regexp {
	re, err := Compile(str)
	if err != nil {
		panic(`regexp: Compile(` + quote(str) + `): ` + err.Error())
	}
	return re
}

// MustCompilePOSIX is CompilePOSIX that panics on a bad pattern.
func MustCompilePOSIX(str string) *Regexp {
	re, err := CompilePOSIX(str)
	if err != nil {
		panic(`regexp: CompilePOSIX(` + quote(str) + `): ` + err.Error())
	}
	return re
}

// quote spells a pattern in a panic message: in backquotes when it can be.
func quote(s string) string {
	if strconv.CanBackquote(s) {
		return "`" + s + "`"
	}
	return strconv.Quote(s)
}

// MatchString compiles pattern and reports whether s contains a match.
func MatchString(pattern string, s string) (matched bool, err error) {
	re, err := Compile(pattern)
	if err != nil {
		return false, err
	}
	return re.MatchString(s), nil
}

// Match compiles pattern and reports whether b contains a match.
func Match(pattern string, b []byte) (matched bool, err error) {
	re, err := Compile(pattern)
	if err != nil {
		return false, err
	}
	return re.Match(b), nil
}

// String returns the source text of the regexp.
func (re *Regexp) String() string {
	return re.expr
}

// Copy returns a new Regexp equal to re (a Longest on one does not change
// the other).
func (re *Regexp) Copy() *Regexp {
	copied := *re
	return &copied
}

// Longest makes later searches leftmost-longest. It must not run while
// other goroutines use re.
func (re *Regexp) Longest() {
	if re.longest {
		return
	}
	handle, _, _, _ := compile(re.expr, re.posix, true)
	re.handle = handle
	re.longest = true
}

// NumSubexp returns the number of parenthesized groups.
func (re *Regexp) NumSubexp() int {
	return re.numSubexp
}

// SubexpNames returns the names of the groups: element 0 is the whole
// match and an unnamed group has "". The slice must not be modified.
func (re *Regexp) SubexpNames() []string {
	return re.subexpNames
}

// SubexpIndex returns the number of the first group called name, or -1.
func (re *Regexp) SubexpIndex(name string) int {
	if name == "" {
		return -1
	}
	for i, groupName := range re.subexpNames {
		if groupName == name {
			return i
		}
	}
	return -1
}

// isMeta reports whether b means something in a pattern and needs a
// backslash to stand for itself.
func isMeta(b byte) bool {
	switch b {
	case '\\', '.', '+', '*', '?', '(', ')', '|', '[', ']', '{', '}', '^', '$':
		return true
	}
	return false
}

// QuoteMeta returns s with a backslash before every metacharacter, a
// pattern that matches s literally.
func QuoteMeta(s string) string {
	first := 0
	for first < len(s) && !isMeta(s[first]) {
		first++
	}
	if first == len(s) {
		return s
	}
	quoted := make([]byte, first, 2*len(s)-first)
	copy(quoted, s[:first])
	for i := first; i < len(s); i++ {
		if isMeta(s[i]) {
			quoted = append(quoted, '\\')
		}
		quoted = append(quoted, s[i])
	}
	return string(quoted)
}
