package regexp

// Replacing matches: the ReplaceAll family.
//
// The loop is Go's, which differs from FindAll's in how it steps: after
// each match the search resumes at the match's end, or a rune further on
// when that would not move forward, and the replacement of an empty match
// that starts where the previous match ended is left out (so "a*" on
// "baaac" with "X" gives "XbXcX"). The text between matches is copied as is.

import (
	"unicode"
	"unicode/utf8"
)

// replaceAll builds the result of replacing every match in src (or bsrc
// when it is not nil): replace appends the replacement of one match, given
// the offsets of ncap/2 groups.
func (re *Regexp) replaceAll(bsrc []byte, src string, ncap int, replace func(dst []byte, m []int) []byte) []byte {
	end := len(src)
	if bsrc != nil {
		end = len(bsrc)
	}
	var out []byte
	copiedTo := 0 // src[:copiedTo] is in out, replaced or not
	for pos := 0; pos <= end; {
		m := re.execute(src, bsrc, pos, ncap)
		if m == nil {
			break
		}
		if bsrc != nil {
			out = append(out, bsrc[copiedTo:m[0]]...)
		} else {
			out = append(out, src[copiedTo:m[0]]...)
		}
		if m[1] > copiedTo || m[0] == 0 {
			out = replace(out, m)
		}
		copiedTo = m[1]
		width := runeWidthAt(src, bsrc, pos)
		if pos+width > m[1] {
			pos += width
		} else if pos+1 > m[1] {
			pos++ // at the end of the input, where width is 0
		} else {
			pos = m[1]
		}
	}
	if bsrc != nil {
		out = append(out, bsrc[copiedTo:]...)
	} else {
		out = append(out, src[copiedTo:]...)
	}
	return out
}

// groupsFor is how many offsets a replacement template needs: every group
// when it may name one.
func (re *Regexp) groupsFor(template string) int {
	for i := 0; i < len(template); i++ {
		if template[i] == '$' {
			return re.numCap()
		}
	}
	return 2
}

// ReplaceAllString returns src with each match replaced by repl, in which
// $1, $name, ${1} and ${name} stand for a group's text (see Expand).
func (re *Regexp) ReplaceAllString(src, repl string) string {
	out := re.replaceAll(nil, src, re.groupsFor(repl), func(dst []byte, m []int) []byte {
		return re.expand(dst, repl, nil, src, m)
	})
	return string(out)
}

// ReplaceAllLiteralString returns src with each match replaced by repl as
// it is.
func (re *Regexp) ReplaceAllLiteralString(src, repl string) string {
	out := re.replaceAll(nil, src, 2, func(dst []byte, m []int) []byte {
		return append(dst, repl...)
	})
	return string(out)
}

// ReplaceAllStringFunc returns src with each match replaced by repl of the
// matched text.
func (re *Regexp) ReplaceAllStringFunc(src string, repl func(string) string) string {
	out := re.replaceAll(nil, src, 2, func(dst []byte, m []int) []byte {
		return append(dst, repl(src[m[0]:m[1]])...)
	})
	return string(out)
}

// ReplaceAll returns a copy of src with each match replaced by repl, with
// $ expansion (see Expand).
func (re *Regexp) ReplaceAll(src, repl []byte) []byte {
	template := string(repl)
	return re.replaceAll(src, "", re.groupsFor(template), func(dst []byte, m []int) []byte {
		return re.expand(dst, template, src, "", m)
	})
}

// ReplaceAllLiteral returns a copy of src with each match replaced by repl
// as it is.
func (re *Regexp) ReplaceAllLiteral(src, repl []byte) []byte {
	return re.replaceAll(src, "", 2, func(dst []byte, m []int) []byte {
		return append(dst, repl...)
	})
}

// ReplaceAllFunc returns a copy of src with each match replaced by repl of
// the matched bytes.
func (re *Regexp) ReplaceAllFunc(src []byte, repl func([]byte) []byte) []byte {
	return re.replaceAll(src, "", 2, func(dst []byte, m []int) []byte {
		return append(dst, repl(src[m[0]:m[1]])...)
	})
}

// Expand appends template to dst with its $ references replaced by the
// groups of match (offsets into src, as FindSubmatchIndex gives): $name
// or ${name} is the group's text, where a name of digits is a group's
// number; the name in $name is the longest run of letters, digits and _,
// so "$1x" names a group "1x" (write "${1}x"); a group that does not
// exist or did not take part gives ""; "$$" is a "$"; a "$" that starts
// no valid reference stays as it is.
func (re *Regexp) Expand(dst []byte, template []byte, src []byte, match []int) []byte {
	return re.expand(dst, string(template), src, "", match)
}

// ExpandString is Expand with a string template and source.
func (re *Regexp) ExpandString(dst []byte, template string, src string, match []int) []byte {
	return re.expand(dst, template, nil, src, match)
}

func (re *Regexp) expand(dst []byte, template string, bsrc []byte, src string, match []int) []byte {
	for {
		dollar := -1
		for i := 0; i < len(template); i++ {
			if template[i] == '$' {
				dollar = i
				break
			}
		}
		if dollar < 0 {
			break
		}
		dst = append(dst, template[:dollar]...)
		template = template[dollar+1:]
		if len(template) > 0 && template[0] == '$' {
			dst = append(dst, '$')
			template = template[1:]
			continue
		}
		name, number, rest, ok := parseReference(template)
		if !ok {
			dst = append(dst, '$')
			continue
		}
		template = rest
		group := number
		if number < 0 {
			group = re.participatingGroupNamed(name, match)
		}
		if group >= 0 && 2*group+1 < len(match) && match[2*group] >= 0 {
			if bsrc != nil {
				dst = append(dst, bsrc[match[2*group]:match[2*group+1]]...)
			} else {
				dst = append(dst, src[match[2*group]:match[2*group+1]]...)
			}
		}
	}
	return append(dst, template...)
}

// participatingGroupNamed is the number of the first group called name
// that took part in match (names may repeat), -1 if none.
func (re *Regexp) participatingGroupNamed(name string, match []int) int {
	for i, groupName := range re.subexpNames {
		if groupName == name && 2*i+1 < len(match) && match[2*i] >= 0 {
			return i
		}
	}
	return -1
}

// isNameRune reports whether r may be part of a $name.
func isNameRune(r rune) bool {
	return r == '_' || unicode.IsLetter(r) || unicode.IsDigit(r)
}

// parseReference reads the reference after a '$': "name" or "{name}"
// followed by rest. number is the group number when name is all digits
// (without a leading zero and below 10^8), else -1.
func parseReference(template string) (name string, number int, rest string, ok bool) {
	braced := len(template) > 0 && template[0] == '{'
	if braced {
		template = template[1:]
	}
	size := 0
	for size < len(template) {
		r, width := utf8.DecodeRuneInString(template[size:])
		if !isNameRune(r) {
			break
		}
		size += width
	}
	if size == 0 {
		return "", -1, "", false
	}
	name = template[:size]
	rest = template[size:]
	if braced {
		if len(rest) == 0 || rest[0] != '}' {
			return "", -1, "", false
		}
		rest = rest[1:]
	}
	number = 0
	for i := 0; i < len(name); i++ {
		if name[i] < '0' || name[i] > '9' || number >= 1e8 {
			number = -1
			break
		}
		number = number*10 + int(name[i]-'0')
	}
	if len(name) > 1 && name[0] == '0' {
		number = -1
	}
	return name, number, rest, true
}
