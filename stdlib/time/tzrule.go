package time

// POSIX TZ rules, as found at the end of TZif files (tzif.go): they give
// the zone for instants after the last listed transition. The grammar is
// POSIX's TZ variable with tzcode's extensions:
//
//	std offset [dst [offset] [,start[/time],end[/time]]]
//
// Names are three or more letters, or anything between < and >. Offsets
// are [+-]hh[:mm[:ss]] west of UTC (hours up to 167). Rules are Jn (day
// 1..365, February 29 never counted), n (day 0..365, counted) or Mm.w.d
// (day d of week w of month m, week 5 meaning the last); the time of day
// defaults to 02:00. A dst without rules uses the US rules M3.2.0,M11.1.0,
// and a dst without offset is std plus one hour.

// tzset returns the zone in force at unix seconds sec under the rule s,
// with the span where it holds (as lookup does), starting no earlier than
// lastTxSec, the last listed transition; ok is false if s is malformed.
// Spans are exact around the DST switches and otherwise stop at year ends,
// which is all Date needs.
func tzset(s string, lastTxSec, sec int64) (name string, offset int, start, end int64, isDST, ok bool) {
	stdName, s, ok := tzsetName(s)
	var stdOffset int
	if ok {
		stdOffset, s, ok = tzsetOffset(s)
	}
	if !ok {
		return "", 0, 0, 0, false, false
	}
	stdOffset = -stdOffset // TZ offsets are west of UTC, ours east

	if len(s) == 0 || s[0] == ',' {
		return stdName, stdOffset, lastTxSec, omega, false, true
	}

	dstName, s, ok := tzsetName(s)
	var dstOffset int
	if ok {
		if len(s) == 0 || s[0] == ',' {
			dstOffset = stdOffset + secondsPerHour
		} else {
			dstOffset, s, ok = tzsetOffset(s)
			dstOffset = -dstOffset
		}
	}
	if !ok {
		return "", 0, 0, 0, false, false
	}

	if len(s) == 0 {
		s = ",M3.2.0,M11.1.0"
	}
	if s[0] != ',' && s[0] != ';' { // tzcode also accepts ';'
		return "", 0, 0, 0, false, false
	}
	startRule, s, ok := tzsetRule(s[1:])
	if !ok || len(s) == 0 || s[0] != ',' {
		return "", 0, 0, 0, false, false
	}
	endRule, s, ok := tzsetRule(s[1:])
	if !ok || len(s) > 0 {
		return "", 0, 0, 0, false, false
	}

	year, _, _, yday := absDate(uint64(sec+unixToInternal+internalToAbsolute), false)
	secOfYear := int64(yday*secondsPerDay) + sec%secondsPerDay
	yearStart := int64(daysSinceEpoch(year)*secondsPerDay) + absoluteToInternal + internalToUnix

	dstStart := int64(tzruleTime(year, startRule, stdOffset))
	dstEnd := int64(tzruleTime(year, endRule, dstOffset))
	stdIsDST, dstIsDST := false, true
	if dstEnd < dstStart {
		// Southern hemisphere: the "summer" span is the standard one; swap
		// the roles and keep the flags with them.
		dstStart, dstEnd = dstEnd, dstStart
		stdName, dstName = dstName, stdName
		stdOffset, dstOffset = dstOffset, stdOffset
		stdIsDST, dstIsDST = dstIsDST, stdIsDST
	}

	switch {
	case secOfYear < dstStart:
		return stdName, stdOffset, yearStart, yearStart + dstStart, stdIsDST, true
	case secOfYear >= dstEnd:
		return stdName, stdOffset, yearStart + dstEnd, yearStart + 365*secondsPerDay, stdIsDST, true
	default:
		return dstName, dstOffset, yearStart + dstStart, yearStart + dstEnd, dstIsDST, true
	}
}

// tzsetName splits the zone name off the front of s.
func tzsetName(s string) (name, rest string, ok bool) {
	if len(s) == 0 {
		return "", "", false
	}
	if s[0] == '<' {
		for i := 1; i < len(s); i++ {
			if s[i] == '>' {
				return s[1:i], s[i+1:], true
			}
		}
		return "", "", false
	}
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case '0' <= c && c <= '9', c == ',', c == '-', c == '+':
			if i < 3 {
				return "", "", false
			}
			return s[:i], s[i:], true
		}
	}
	if len(s) < 3 {
		return "", "", false
	}
	return s, "", true
}

// tzsetOffset splits a [+-]hh[:mm[:ss]] offset, in seconds, off s.
func tzsetOffset(s string) (offset int, rest string, ok bool) {
	if len(s) == 0 {
		return 0, "", false
	}
	negative := s[0] == '-'
	if s[0] == '+' || s[0] == '-' {
		s = s[1:]
	}
	hours, s, ok := tzsetNum(s, 0, 24*7)
	if !ok {
		return 0, "", false
	}
	offset = hours * secondsPerHour
	for _, unit := range [2]int{secondsPerMinute, 1} {
		if len(s) == 0 || s[0] != ':' {
			break
		}
		var n int
		if n, s, ok = tzsetNum(s[1:], 0, 59); !ok {
			return 0, "", false
		}
		offset += n * unit
	}
	if negative {
		offset = -offset
	}
	return offset, s, true
}

// The three forms of a DST switch day.
type ruleKind int

const (
	ruleJulian       ruleKind = iota // Jn: 1..365, February 29 not counted
	ruleDOY                          // n: 0..365, February 29 counted
	ruleMonthWeekDay                 // Mm.w.d
)

// A rule is one DST switch: its day and its time of day (local seconds).
type rule struct {
	kind ruleKind
	day  int
	week int
	mon  int
	time int
}

// tzsetRule splits a switch day and optional /time off s.
func tzsetRule(s string) (r rule, rest string, ok bool) {
	if len(s) == 0 {
		return rule{}, "", false
	}
	switch s[0] {
	case 'J':
		r.kind = ruleJulian
		r.day, s, ok = tzsetNum(s[1:], 1, 365)
	case 'M':
		r.kind = ruleMonthWeekDay
		r.mon, s, ok = tzsetNum(s[1:], 1, 12)
		if ok && len(s) > 0 && s[0] == '.' {
			r.week, s, ok = tzsetNum(s[1:], 1, 5)
			if ok && len(s) > 0 && s[0] == '.' {
				r.day, s, ok = tzsetNum(s[1:], 0, 6)
			} else {
				ok = false
			}
		} else {
			ok = false
		}
	default:
		r.kind = ruleDOY
		r.day, s, ok = tzsetNum(s, 0, 365)
	}
	if !ok {
		return rule{}, "", false
	}
	if len(s) == 0 || s[0] != '/' {
		r.time = 2 * secondsPerHour
		return r, s, true
	}
	if r.time, s, ok = tzsetOffset(s[1:]); !ok {
		return rule{}, "", false
	}
	return r, s, true
}

// tzsetNum splits a decimal number in [min, max] off s.
func tzsetNum(s string, min, max int) (num int, rest string, ok bool) {
	i := 0
	for ; i < len(s) && '0' <= s[i] && s[i] <= '9'; i++ {
		num = num*10 + int(s[i]-'0')
		if num > max {
			return 0, "", false
		}
	}
	if i == 0 || num < min {
		return 0, "", false
	}
	return num, s[i:], true
}

// tzruleTime returns when, in seconds from the start of year (UTC), the
// switch r happens, r's time of day being local time at offset off.
func tzruleTime(year int, r rule, off int) int {
	var day int
	switch r.kind {
	case ruleJulian:
		day = r.day - 1
		if isLeap(year) && r.day >= 60 {
			day++
		}
	case ruleDOY:
		day = r.day
	case ruleMonthWeekDay:
		// The weekday of the first of the month, by Zeller's congruence
		// (March-based months, January and February in the year before).
		zellerMonth := (r.mon+9)%12 + 1
		y := year
		if r.mon <= 2 {
			y--
		}
		century, yearOfCentury := y/100, y%100
		firstWeekday := ((26*zellerMonth-2)/10 + 1 + yearOfCentury + yearOfCentury/4 + century/4 - 2*century) % 7
		if firstWeekday < 0 {
			firstWeekday += 7
		}
		// The first such weekday of the month, then w-1 weeks on, staying
		// within the month (week 5 is the last).
		day = r.day - firstWeekday
		if day < 0 {
			day += 7
		}
		for i := 1; i < r.week; i++ {
			if day+7 >= daysIn(Month(r.mon), year) {
				break
			}
			day += 7
		}
		day += int(daysBefore[r.mon-1])
		if isLeap(year) && r.mon > 2 {
			day++
		}
	}
	return day*secondsPerDay + r.time - off
}
