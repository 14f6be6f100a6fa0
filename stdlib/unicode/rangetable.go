// RangeTable: a set of code points as sorted ranges, with Is, In and
// IsOneOf, Go 1.19's API for testing membership in the named tables of
// tables.go or in tables a program builds itself. Unlike the IsX functions
// (intrinsics over golem's C++ tables), these are plain Go because programs
// can pass any table.
package unicode

// RangeTable defines a set of Unicode code points by listing the ranges of
// code points within the set. R16 holds the ranges below 0x10000 and R32
// the rest, each sorted and non-overlapping; LatinOffset is the number of
// R16 entries with Hi <= MaxLatin1.
type RangeTable struct {
	R16         []Range16
	R32         []Range32
	LatinOffset int
}

// Range16 represents the range of 16-bit code points Lo, Lo+Stride, ...,
// up to Hi inclusive.
type Range16 struct {
	Lo     uint16
	Hi     uint16
	Stride uint16
}

// Range32 represents the range of code points Lo, Lo+Stride, ..., up to Hi
// inclusive, for code points that do not fit in 16 bits.
type Range32 struct {
	Lo     uint32
	Hi     uint32
	Stride uint32
}

// Is reports whether the rune is in the specified table of ranges.
func Is(rangeTab *RangeTable, r rune) bool {
	r16 := rangeTab.R16
	// Unsigned comparisons keep negative runes out of both halves.
	if len(r16) > 0 && uint32(r) <= uint32(r16[len(r16)-1].Hi) {
		return inRange16(r16, uint16(r))
	}
	r32 := rangeTab.R32
	if len(r32) > 0 && r >= rune(r32[0].Lo) {
		return inRange32(r32, uint32(r))
	}
	return false
}

// inRange16 binary-searches the sorted ranges for the one that may hold r.
func inRange16(ranges []Range16, r uint16) bool {
	lo, hi := 0, len(ranges)
	for lo < hi {
		mid := lo + (hi-lo)/2
		candidate := ranges[mid]
		switch {
		case r < candidate.Lo:
			hi = mid
		case r > candidate.Hi:
			lo = mid + 1
		default:
			return candidate.Stride == 1 || (r-candidate.Lo)%candidate.Stride == 0
		}
	}
	return false
}

// inRange32 is inRange16 for the ranges above 0xFFFF.
func inRange32(ranges []Range32, r uint32) bool {
	lo, hi := 0, len(ranges)
	for lo < hi {
		mid := lo + (hi-lo)/2
		candidate := ranges[mid]
		switch {
		case r < candidate.Lo:
			hi = mid
		case r > candidate.Hi:
			lo = mid + 1
		default:
			return candidate.Stride == 1 || (r-candidate.Lo)%candidate.Stride == 0
		}
	}
	return false
}

// In reports whether the rune is a member of one of the ranges.
func In(r rune, ranges ...*RangeTable) bool {
	return IsOneOf(ranges, r)
}

// IsOneOf reports whether the rune is a member of one of the ranges.
// The function "In" provides a nicer signature and should be used in
// preference to IsOneOf.
func IsOneOf(ranges []*RangeTable, r rune) bool {
	for _, table := range ranges {
		if Is(table, r) {
			return true
		}
	}
	return false
}
