package time

// Parsing a time by a layout (layout.go). The value is matched against the
// layout element by element: literal text must match (a run of spaces
// matching any run of spaces), and each element reads its field. Errors
// are *ParseError with Go's texts: the layout element and the value left
// when an element does not match, or a message for a field out of range.
//
// What the layout leaves out defaults to January 1 of year 0, midnight.
// A zone in the value resolves, in order: "Z" or "UTC" is UTC; a numeric
// offset is the local location (Local for Parse) if that location is at
// that offset then, else a FixedZone; an abbreviation is the local
// location if it has a zone of that name, else a FixedZone of that name at
// offset 0 (or at the hours of "GMT+h"); no zone is the default location
// (UTC for Parse).

import "errors"

// ParseError describes a problem parsing a time string.
type ParseError struct {
	Layout     string
	Value      string
	LayoutElem string
	ValueElem  string
	Message    string
}

// Error returns the string representation of a ParseError.
func (e *ParseError) Error() string {
	if e.Message == "" {
		return "parsing time " + quote(e.Value) + " as " + quote(e.Layout) +
			": cannot parse " + quote(e.ValueElem) + " as " + quote(e.LayoutElem)
	}
	return "parsing time " + quote(e.Value) + e.Message
}

// quote returns s in double quotes with quotes and backslashes escaped and
// the bytes of control and non-ASCII characters as \x escapes. (Not
// strconv.Quote, which time does not import: the same for ASCII.)
func quote(s string) string {
	const hex = "0123456789abcdef"
	buf := make([]byte, 1, len(s)+2)
	buf[0] = '"'
	for i, c := range s {
		if c >= 0x80 || c < ' ' {
			width := len(string(c))
			if c == '\uFFFD' {
				// An invalid byte decodes as U+FFFD of width 1; an encoded
				// U+FFFD is three bytes.
				width = 1
				if i+2 < len(s) && s[i:i+3] == "\uFFFD" {
					width = 3
				}
			}
			for j := 0; j < width; j++ {
				buf = append(buf, '\\', 'x', hex[s[i+j]>>4], hex[s[i+j]&0xF])
			}
			continue
		}
		if c == '"' || c == '\\' {
			buf = append(buf, '\\')
		}
		buf = append(buf, byte(c))
	}
	return string(append(buf, '"'))
}

// errBad marks a field that does not match; it never reaches the caller.
var errBad = errors.New("bad value for field")

// Parse parses a formatted string and returns the time value it
// represents, the layout showing how the reference time would be written.
// A fractional second may follow the seconds in the value even if the
// layout has none. Two-digit years (06) of 69 and more are 19xx, others
// 20xx. Without a zone, the time is in UTC.
func Parse(layout, value string) (Time, error) {
	return parse(layout, value, UTC, Local)
}

// ParseInLocation is like Parse but interprets a time without zone in
// loc, and matches zone offsets and abbreviations against loc instead of
// Local.
func ParseInLocation(layout, value string, loc *Location) (Time, error) {
	return parse(layout, value, loc, loc)
}

// parsedFields are the fields read so far; -1 marks month, day, yday and
// zoneOffset not given.
type parsedFields struct {
	year, month, day, yday int
	hour, min, sec, nsec   int
	pm, am                 bool
	zone                   *Location // set by Z and UTC
	zoneOffset             int
	zoneName               string
}

func parse(layout, value string, defaultLocation, local *Location) (Time, error) {
	fullLayout, fullValue := layout, value
	f := parsedFields{month: -1, day: -1, yday: -1, zoneOffset: -1}
	for {
		prefix, elem, suffix := nextElem(layout)
		elemText := layout[len(prefix) : len(layout)-len(suffix)]
		var err error
		value, err = skip(value, prefix)
		if err != nil {
			return Time{}, &ParseError{fullLayout, fullValue, prefix, value, ""}
		}
		if elem.kind == elemNone {
			if len(value) != 0 {
				return Time{}, &ParseError{fullLayout, fullValue, "", value, ": extra text: " + quote(value)}
			}
			break
		}
		layout = suffix
		var rangeErr string
		value, rangeErr, err = f.read(elem, value, layout)
		if rangeErr != "" {
			return Time{}, &ParseError{fullLayout, fullValue, elemText, value, ": " + rangeErr + " out of range"}
		}
		if err != nil {
			return Time{}, &ParseError{fullLayout, fullValue, elemText, value, ""}
		}
	}
	if f.pm && f.hour < 12 {
		f.hour += 12
	} else if f.am && f.hour == 12 {
		f.hour = 0
	}

	if f.yday >= 0 {
		if msg := f.applyYearDay(); msg != "" {
			return Time{}, &ParseError{fullLayout, fullValue, "", value, msg}
		}
	} else {
		if f.month < 0 {
			f.month = int(January)
		}
		if f.day < 0 {
			f.day = 1
		}
	}
	if f.day < 1 || f.day > daysIn(Month(f.month), f.year) {
		return Time{}, &ParseError{fullLayout, fullValue, "", value, ": day out of range"}
	}
	return f.resolve(defaultLocation, local), nil
}

// read reads the field of elem from the front of value, returning the rest
// of value, a field name if the number read is out of range, and errBad if
// value does not match. layout is the layout after elem (a fraction in the
// value after the seconds is read here unless the layout has one next).
func (f *parsedFields) read(elem layoutElem, value, layout string) (rest string, rangeErr string, err error) {
	switch elem.kind {
	case elemYear:
		if len(value) < 2 {
			return value, "", errBad
		}
		if f.year, err = atoi(value[:2]); err != nil {
			return value, "", err
		}
		if f.year >= 69 {
			f.year += 1900
		} else {
			f.year += 2000
		}
		return value[2:], "", nil
	case elemLongYear:
		if len(value) < 4 || !isDigit(value, 0) {
			return value, "", errBad
		}
		f.year, err = atoi(value[:4])
		return value[4:], "", err
	case elemMonth, elemLongMonth:
		names := shortMonthNames
		if elem.kind == elemLongMonth {
			names = longMonthNames
		}
		f.month, value, err = lookupName(names, value)
		f.month++
		return value, "", err
	case elemNumMonth, elemZeroMonth:
		f.month, value, err = getnum(value, elem.kind == elemZeroMonth)
		if err == nil && (f.month <= 0 || 12 < f.month) {
			rangeErr = "month"
		}
		return value, rangeErr, err
	case elemWeekDay:
		_, value, err = lookupName(shortDayNames, value) // checked, not used
		return value, "", err
	case elemLongWeekDay:
		_, value, err = lookupName(longDayNames, value)
		return value, "", err
	case elemDay, elemUnderDay, elemZeroDay:
		if elem.kind == elemUnderDay && len(value) > 0 && value[0] == ' ' {
			value = value[1:]
		}
		// Any one or two digits; the date is checked at the end.
		f.day, value, err = getnum(value, elem.kind == elemZeroDay)
		return value, "", err
	case elemUnderYearDay, elemZeroYearDay:
		for i := 0; i < 2; i++ {
			if elem.kind == elemUnderYearDay && len(value) > 0 && value[0] == ' ' {
				value = value[1:]
			}
		}
		f.yday, value, err = getnum3(value, elem.kind == elemZeroYearDay)
		return value, "", err
	case elemHour:
		f.hour, value, err = getnum(value, false)
		if f.hour < 0 || 24 <= f.hour {
			rangeErr = "hour"
		}
		return value, rangeErr, err
	case elemHour12, elemZeroHour12:
		f.hour, value, err = getnum(value, elem.kind == elemZeroHour12)
		if f.hour < 0 || 12 < f.hour {
			rangeErr = "hour"
		}
		return value, rangeErr, err
	case elemMinute, elemZeroMinute:
		f.min, value, err = getnum(value, elem.kind == elemZeroMinute)
		if f.min < 0 || 60 <= f.min {
			rangeErr = "minute"
		}
		return value, rangeErr, err
	case elemSecond, elemZeroSecond:
		f.sec, value, err = getnum(value, elem.kind == elemZeroSecond)
		if f.sec < 0 || 60 <= f.sec {
			return value, "second", err
		}
		if len(value) >= 2 && commaOrPeriod(value[0]) && isDigit(value, 1) {
			if _, next, _ := nextElem(layout); next.isFraction() {
				return value, "", err
			}
			n := 2
			for n < len(value) && isDigit(value, n) {
				n++
			}
			f.nsec, rangeErr, err = parseNanoseconds(value, n)
			return value[n:], rangeErr, err
		}
		return value, "", err
	case elemPM, elempm:
		if len(value) < 2 {
			return value, "", errBad
		}
		mark := value[:2]
		if elem.kind == elempm {
			f.pm, f.am = f.pm || mark == "pm", f.am || mark == "am"
			if mark != "pm" && mark != "am" {
				err = errBad
			}
		} else {
			f.pm, f.am = f.pm || mark == "PM", f.am || mark == "AM"
			if mark != "PM" && mark != "AM" {
				err = errBad
			}
		}
		return value[2:], "", err
	case elemZoneOffset:
		return f.readOffset(elem, value)
	case elemZoneName:
		if len(value) >= 3 && value[:3] == "UTC" {
			f.zone = UTC
			return value[3:], "", nil
		}
		n, ok := parseTimeZone(value)
		if !ok {
			return value, "", errBad
		}
		f.zoneName = value[:n]
		return value[n:], "", nil
	case elemFrac0:
		// Exactly as many digits as the layout has.
		n := 1 + elem.fracDigits
		if len(value) < n {
			return value, "", errBad
		}
		f.nsec, rangeErr, err = parseNanoseconds(value, n)
		return value[n:], rangeErr, err
	case elemFrac9:
		if len(value) < 2 || !commaOrPeriod(value[0]) || !isDigit(value, 1) {
			return value, "", nil // the fraction is optional
		}
		// Up to nine digits, whatever the layout says.
		n := 1
		for n < 10 && isDigit(value, n) {
			n++
		}
		f.nsec, rangeErr, err = parseNanoseconds(value, n)
		return value[n:], rangeErr, err
	}
	return value, "", nil
}

// readOffset reads a numeric zone offset (or Z, for the Z styles without
// seconds) into f.zoneOffset.
func (f *parsedFields) readOffset(elem layoutElem, value string) (rest string, rangeErr string, err error) {
	if elem.offsetZulu && elem.offsetParts < 3 && len(value) >= 1 && value[0] == 'Z' {
		f.zone = UTC
		return value[1:], "", nil
	}
	// The offset's text is a sign and two digits per part, with a colon
	// between parts in the colon styles; missing parts are zero.
	size := 1 + 2*elem.offsetParts
	if elem.offsetColon {
		size += elem.offsetParts - 1
	}
	if len(value) < size {
		return value, "", errBad
	}
	hours, minutes, seconds := value[1:3], "00", "00"
	if elem.offsetColon {
		if value[3] != ':' || elem.offsetParts == 3 && value[6] != ':' {
			return value, "", errBad
		}
		if elem.offsetParts >= 2 {
			minutes = value[4:6]
		}
		if elem.offsetParts == 3 {
			seconds = value[7:9]
		}
	} else {
		if elem.offsetParts >= 2 {
			minutes = value[3:5]
		}
		if elem.offsetParts == 3 {
			seconds = value[5:7]
		}
	}
	sign := value[0]
	rest = value[size:]
	var hh, mm, ss int
	hh, err = atoi(hours)
	if err == nil {
		mm, err = atoi(minutes)
	}
	if err == nil {
		ss, err = atoi(seconds)
	}
	f.zoneOffset = (hh*60+mm)*60 + ss
	switch sign {
	case '+':
	case '-':
		f.zoneOffset = -f.zoneOffset
	default:
		err = errBad
	}
	return rest, "", err
}

// applyYearDay sets month and day from the day of the year, checking them
// against a month and day also given; it returns Go's message if they
// disagree or the day is out of range.
func (f *parsedFields) applyYearDay() string {
	yday := f.yday
	month, day := 0, 0
	if isLeap(f.year) {
		if yday == 31+29 {
			month, day = int(February), 29
		} else if yday > 31+29 {
			yday--
		}
	}
	if yday < 1 || yday > 365 {
		return ": day-of-year out of range"
	}
	if month == 0 {
		month = (yday-1)/31 + 1
		if int(daysBefore[month]) < yday {
			month++
		}
		day = yday - int(daysBefore[month-1])
	}
	if f.month >= 0 && f.month != month {
		return ": day-of-year does not match month"
	}
	f.month = month
	if f.day >= 0 && f.day != day {
		return ": day-of-year does not match day"
	}
	f.day = day
	return ""
}

// resolve builds the Time of the parsed fields, choosing its location as
// the file comment describes.
func (f *parsedFields) resolve(defaultLocation, local *Location) Time {
	if f.zone != nil {
		return Date(f.year, Month(f.month), f.day, f.hour, f.min, f.sec, f.nsec, f.zone)
	}
	if f.zoneOffset != -1 {
		t := Date(f.year, Month(f.month), f.day, f.hour, f.min, f.sec, f.nsec, UTC)
		t.addSec(-int64(f.zoneOffset))
		name, offset, _, _, _ := local.lookup(t.unixSec())
		if offset == f.zoneOffset && (f.zoneName == "" || name == f.zoneName) {
			t.setLoc(local)
		} else {
			t.setLoc(FixedZone(f.zoneName, f.zoneOffset))
		}
		return t
	}
	if f.zoneName != "" {
		t := Date(f.year, Month(f.month), f.day, f.hour, f.min, f.sec, f.nsec, UTC)
		offset, ok := local.lookupName(f.zoneName, t.unixSec())
		if ok {
			t.addSec(-int64(offset))
			t.setLoc(local)
			return t
		}
		if len(f.zoneName) > 3 && f.zoneName[:3] == "GMT" {
			offset, _ = atoi(f.zoneName[3:]) // checked by parseGMT
			offset *= 3600
		}
		t.setLoc(FixedZone(f.zoneName, offset))
		return t
	}
	return Date(f.year, Month(f.month), f.day, f.hour, f.min, f.sec, f.nsec, defaultLocation)
}

// matchFold reports whether s1 and s2, of equal length, match with ASCII
// letters compared without case.
func matchFold(s1, s2 string) bool {
	for i := 0; i < len(s1); i++ {
		c1, c2 := s1[i], s2[i]
		if c1 != c2 {
			c1 |= 'a' - 'A'
			c2 |= 'a' - 'A'
			if c1 != c2 || c1 < 'a' || c1 > 'z' {
				return false
			}
		}
	}
	return true
}

// lookupName finds which of names starts value, ignoring case.
func lookupName(names []string, value string) (int, string, error) {
	for i, name := range names {
		if len(value) >= len(name) && matchFold(value[:len(name)], name) {
			return i, value[len(name):], nil
		}
	}
	return -1, value, errBad
}

// getnum reads one or two digits (exactly two if fixed).
func getnum(s string, fixed bool) (int, string, error) {
	if !isDigit(s, 0) {
		return 0, s, errBad
	}
	if !isDigit(s, 1) {
		if fixed {
			return 0, s, errBad
		}
		return int(s[0] - '0'), s[1:], nil
	}
	return int(s[0]-'0')*10 + int(s[1]-'0'), s[2:], nil
}

// getnum3 reads one to three digits (exactly three if fixed).
func getnum3(s string, fixed bool) (int, string, error) {
	n, i := 0, 0
	for ; i < 3 && isDigit(s, i); i++ {
		n = n*10 + int(s[i]-'0')
	}
	if i == 0 || fixed && i != 3 {
		return 0, s, errBad
	}
	return n, s[i:], nil
}

func cutspace(s string) string {
	for len(s) > 0 && s[0] == ' ' {
		s = s[1:]
	}
	return s
}

// skip removes prefix from the front of value, a run of spaces in prefix
// matching any run of spaces (at least one unless value ends).
func skip(value, prefix string) (string, error) {
	for len(prefix) > 0 {
		if prefix[0] == ' ' {
			if len(value) > 0 && value[0] != ' ' {
				return value, errBad
			}
			prefix = cutspace(prefix)
			value = cutspace(value)
			continue
		}
		if len(value) == 0 || value[0] != prefix[0] {
			return value, errBad
		}
		prefix = prefix[1:]
		value = value[1:]
	}
	return value, nil
}

// errAtoi marks a malformed number; it never reaches the caller.
var errAtoi = errors.New("time: invalid number")

// atoi parses an optionally signed decimal integer that must be all of s.
func atoi(s string) (int, error) {
	negative := false
	if s != "" && (s[0] == '-' || s[0] == '+') {
		negative = s[0] == '-'
		s = s[1:]
	}
	q, rest, err := leadingInt(s)
	if err != nil || rest != "" {
		return 0, errAtoi
	}
	x := int(q)
	if negative {
		x = -x
	}
	return x, nil
}

// parseTimeZone returns the length of the zone abbreviation at the front
// of value, if it looks like one: three upper-case letters, or four or
// five ending in T (and WITA), ChST and MeST, GMT with an optional signed
// hour, or a bare signed hour such as +03.
func parseTimeZone(value string) (length int, ok bool) {
	if len(value) < 3 {
		return 0, false
	}
	if len(value) >= 4 && (value[:4] == "ChST" || value[:4] == "MeST") {
		return 4, true
	}
	if value[:3] == "GMT" {
		return 3 + parseSignedOffset(value[3:]), true
	}
	if value[0] == '+' || value[0] == '-' {
		length = parseSignedOffset(value)
		return length, length > 0
	}
	upper := 0
	for upper < 6 && upper < len(value) && 'A' <= value[upper] && value[upper] <= 'Z' {
		upper++
	}
	switch upper {
	case 3:
		return 3, true
	case 4:
		if value[3] == 'T' || value[:4] == "WITA" {
			return 4, true
		}
	case 5:
		if value[4] == 'T' {
			return 5, true
		}
	}
	return 0, false
}

// parseSignedOffset returns the length of a sign and an hour of at most
// 23 at the front of value, or 0.
func parseSignedOffset(value string) int {
	if len(value) == 0 || value[0] != '-' && value[0] != '+' {
		return 0
	}
	hours, rest, err := leadingInt(value[1:])
	if err != nil || len(rest) == len(value)-1 || hours > 23 {
		return 0
	}
	return len(value) - len(rest)
}

func commaOrPeriod(b byte) bool { return b == '.' || b == ',' }

// parseNanoseconds reads the separator and digits in value[:nbytes] (at
// most nine digits count) as a fraction of a second.
func parseNanoseconds(value string, nbytes int) (ns int, rangeErr string, err error) {
	if !commaOrPeriod(value[0]) {
		return 0, "", errBad
	}
	if nbytes > 10 {
		value = value[:10]
		nbytes = 10
	}
	if ns, err = atoi(value[1:nbytes]); err != nil {
		return ns, "", err
	}
	if ns < 0 {
		return ns, "fractional second", nil
	}
	for i := nbytes; i < 10; i++ {
		ns *= 10
	}
	return ns, "", nil
}
