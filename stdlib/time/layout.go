package time

// Layouts: Format and Parse describe a text form by writing the reference
// time, Mon Jan 2 15:04:05 MST 2006 (Unix time 1136239445), the way the
// text should show it. nextElem cuts a layout into literal text and
// elements; an element is one field of the reference time in one style:
//
//	year     2006 06             month  January Jan 01 1
//	weekday  Monday Mon          day    02 2 _2 (space-padded)
//	yearday  002 __2             hour   15 03 3 (12-hour, with PM or pm)
//	minute   04 4                second 05 5
//	fraction .000 or ,000 (exactly that many digits), .999 or ,999 (up to
//	         that many, trailing zeros dropped)
//	zone     MST (abbreviation), -0700 -07:00 -07 -070000 -07:00:00, and
//	         the same with Z for the sign, which print Z for UTC
//
// Anything else is literal. The scan is greedy left to right with a few
// look-aheads that keep words readable: "Jan" and "Mon" followed by a
// lower-case letter ("Month") are literal, "_2006" is a literal underscore
// and a year, and a run of 0s or 9s is a fraction only when no digit
// follows it.

// These are predefined layouts for use in Time.Format and time.Parse.
const (
	Layout      = "01/02 03:04:05PM '06 -0700" // The reference time, in numerical order.
	ANSIC       = "Mon Jan _2 15:04:05 2006"
	UnixDate    = "Mon Jan _2 15:04:05 MST 2006"
	RubyDate    = "Mon Jan 02 15:04:05 -0700 2006"
	RFC822      = "02 Jan 06 15:04 MST"
	RFC822Z     = "02 Jan 06 15:04 -0700" // RFC822 with numeric zone
	RFC850      = "Monday, 02-Jan-06 15:04:05 MST"
	RFC1123     = "Mon, 02 Jan 2006 15:04:05 MST"
	RFC1123Z    = "Mon, 02 Jan 2006 15:04:05 -0700" // RFC1123 with numeric zone
	RFC3339     = "2006-01-02T15:04:05Z07:00"
	RFC3339Nano = "2006-01-02T15:04:05.999999999Z07:00"
	Kitchen     = "3:04PM"
	// Handy time stamps.
	Stamp      = "Jan _2 15:04:05"
	StampMilli = "Jan _2 15:04:05.000"
	StampMicro = "Jan _2 15:04:05.000000"
	StampNano  = "Jan _2 15:04:05.000000000"
)

// The kinds of layout element. The date elements come first and the clock
// elements next, so that needsDate and needsClock are range tests.
type elemKind int

const (
	elemNone elemKind = iota

	elemLongMonth    // January
	elemMonth        // Jan
	elemNumMonth     // 1
	elemZeroMonth    // 01
	elemLongWeekDay  // Monday
	elemWeekDay      // Mon
	elemDay          // 2
	elemUnderDay     // _2
	elemZeroDay      // 02
	elemUnderYearDay // __2
	elemZeroYearDay  // 002
	elemLongYear     // 2006
	elemYear         // 06

	elemHour       // 15
	elemHour12     // 3
	elemZeroHour12 // 03
	elemMinute     // 4
	elemZeroMinute // 04
	elemSecond     // 5
	elemZeroSecond // 05
	elemPM         // PM
	elempm         // pm

	elemZoneName   // MST
	elemZoneOffset // -0700 and its kin; see the fields of layoutElem
	elemFrac0      // .000: fracDigits digits
	elemFrac9      // .999: up to fracDigits digits
)

// A layoutElem is one element of a layout.
type layoutElem struct {
	kind elemKind

	// elemZoneOffset: how many of hours, minutes, seconds are shown (1 to
	// 3), whether they are separated by colons, and whether UTC prints as
	// Z (the layout used Z for the sign).
	offsetParts int
	offsetColon bool
	offsetZulu  bool

	// elemFrac0 and elemFrac9: the number of digits and the separator.
	fracDigits int
	fracSep    byte
}

func (e layoutElem) needsDate() bool  { return elemLongMonth <= e.kind && e.kind <= elemYear }
func (e layoutElem) needsClock() bool { return elemHour <= e.kind && e.kind <= elempm }

// isFraction reports whether e is a fractional-second element.
func (e layoutElem) isFraction() bool { return e.kind == elemFrac0 || e.kind == elemFrac9 }

// The numeric zone offset styles, longest first so that a prefix never
// hides a longer style; after the sign, in the order a layout spells them.
var offsetStyles = []struct {
	text  string
	parts int
	colon bool
}{
	{"070000", 3, false},
	{"07:00:00", 3, true},
	{"0700", 2, false},
	{"07:00", 2, true},
	{"07", 1, false},
}

// The elements spelled "0" and a digit, indexed by that digit minus '1'.
var zeroPaddedElems = [...]elemKind{elemZeroMonth, elemZeroDay, elemZeroHour12, elemZeroMinute, elemZeroSecond, elemYear}

func startsWithLowerCase(s string) bool { return len(s) > 0 && 'a' <= s[0] && s[0] <= 'z' }

// nextElem finds the first element of layout and returns the literal text
// before it, the element, and the layout after it; with no element left,
// prefix is all of layout and the element's kind is elemNone.
func nextElem(layout string) (prefix string, elem layoutElem, suffix string) {
	for i := 0; i < len(layout); i++ {
		kind, length := elemAt(layout, i)
		if kind == elemNone {
			continue
		}
		elem.kind = kind
		rest := layout[i+length:]
		switch kind {
		case elemLongYear:
			if layout[i] == '_' { // "_2006": the underscore is literal
				i++
			}
		case elemZoneOffset:
			sign := layout[i]
			for _, style := range offsetStyles {
				if hasPrefixAt(layout, i+1, style.text) {
					elem.offsetParts, elem.offsetColon, elem.offsetZulu = style.parts, style.colon, sign == 'Z'
					break
				}
			}
		case elemFrac0, elemFrac9:
			elem.fracDigits = (length - 1) & 0xfff
			elem.fracSep = layout[i]
		}
		return layout[:i], elem, rest
	}
	return layout, elem, ""
}

// elemAt returns the element starting at layout[i] and its length in the
// layout (including a literal "_" before "2006"), or elemNone.
func elemAt(layout string, i int) (elemKind, int) {
	rest := layout[i:]
	switch c := layout[i]; c {
	case 'J':
		if hasPrefixAt(layout, i, "January") {
			return elemLongMonth, 7
		}
		if hasPrefixAt(layout, i, "Jan") && !startsWithLowerCase(layout[i+3:]) {
			return elemMonth, 3
		}
	case 'M':
		if hasPrefixAt(layout, i, "Monday") {
			return elemLongWeekDay, 6
		}
		if hasPrefixAt(layout, i, "Mon") && !startsWithLowerCase(layout[i+3:]) {
			return elemWeekDay, 3
		}
		if hasPrefixAt(layout, i, "MST") {
			return elemZoneName, 3
		}
	case '0':
		if len(rest) >= 2 && '1' <= rest[1] && rest[1] <= '6' {
			return zeroPaddedElems[rest[1]-'1'], 2
		}
		if hasPrefixAt(layout, i, "002") {
			return elemZeroYearDay, 3
		}
	case '1':
		if hasPrefixAt(layout, i, "15") {
			return elemHour, 2
		}
		return elemNumMonth, 1
	case '2':
		if hasPrefixAt(layout, i, "2006") {
			return elemLongYear, 4
		}
		return elemDay, 1
	case '_':
		if hasPrefixAt(layout, i, "_2006") {
			return elemLongYear, 5
		}
		if hasPrefixAt(layout, i, "_2") {
			return elemUnderDay, 2
		}
		if hasPrefixAt(layout, i, "__2") {
			return elemUnderYearDay, 3
		}
	case '3':
		return elemHour12, 1
	case '4':
		return elemMinute, 1
	case '5':
		return elemSecond, 1
	case 'P':
		if hasPrefixAt(layout, i, "PM") {
			return elemPM, 2
		}
	case 'p':
		if hasPrefixAt(layout, i, "pm") {
			return elempm, 2
		}
	case '-', 'Z':
		for _, style := range offsetStyles {
			if hasPrefixAt(layout, i+1, style.text) {
				return elemZoneOffset, 1 + len(style.text)
			}
		}
	case '.', ',':
		if len(rest) >= 2 && (rest[1] == '0' || rest[1] == '9') {
			end := 2
			for end < len(rest) && rest[end] == rest[1] {
				end++
			}
			if !isDigit(rest, end) {
				if rest[1] == '0' {
					return elemFrac0, end
				}
				return elemFrac9, end
			}
		}
	}
	return elemNone, 0
}

// hasPrefixAt reports whether s[i:] starts with prefix.
func hasPrefixAt(s string, i int, prefix string) bool {
	return len(s)-i >= len(prefix) && s[i:i+len(prefix)] == prefix
}

// isDigit reports whether s[i] is in range and is a decimal digit.
func isDigit(s string, i int) bool { return i < len(s) && '0' <= s[i] && s[i] <= '9' }
